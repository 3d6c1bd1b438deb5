/**
 * paperfold's one orchestrator: read → parse → merge → annotate → render → write →
 * astro build (+ Pagefind). Every stage it calls is pure; all file and process I/O is here and
 * in the generator (generate.ts), which is loaded only once Astro has been started.
 * Run by `scripts/build.ts`:
 *
 *   node scripts/build.ts --help
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BuildError, EXIT, HELP, isBuildError, parseBuildArgs, type BuildOptions } from './args.ts';
import { acquireBuildLock, siteLockFile } from './build-lock.ts';
import { loadGenerator } from './generator-bundle.ts';
import { createPhaseClock, PHASE_TIMES_ENV } from './phase-clock.ts';
import { preflight } from './preflight.ts';
import { startSiteBuild, type StartedSiteBuild } from './site-build.ts';
import type { SiteEnv } from './site-env.ts';
import { yieldToSite } from './yield-to-site.ts';

const root = process.cwd();
const clock = createPhaseClock();
const display = (file: string) => relative(root, file) || file;

/**
 * Starts `astro build` (and Pagefind through its integration) beside `dist/` before the pages
 * are generated: Astro's start-up runs beside the generator, and it waits for the pages
 * (`finish`) before reading them.
 */
async function startSite(options: BuildOptions, site: SiteEnv): Promise<StartedSiteBuild> {
	for (const note of site.notes) console.warn(`paperfold: ${note}`);
	const env: NodeJS.ProcessEnv = {
		// Astro's warnings and errors, not its per-route listing (astro.config.mjs).
		PAPERFOLD_ASTRO_LOG: 'warn',
		...process.env,
		BASE_PATH: site.basePath,
		SITE_URL: site.siteUrl,
		PAPERFOLD_PAPERS_DIR: resolve(root, options.out),
		PAPERFOLD_NOTES_DIR: resolve(root, options.notes),
	};
	if (site.siteUrl === undefined) delete env.SITE_URL;
	return startSiteBuild({ root, dist: resolve(root, options.dist), env });
}

async function main(argv: string[]): Promise<number> {
	let options: BuildOptions;
	try {
		options = parseBuildArgs(argv);
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${HELP}`);
		return EXIT.usage;
	}
	if (options.help) {
		console.log(HELP);
		return EXIT.ok;
	}
	const lock = acquireBuildLock(join(root, '.paperfold-cache/build.lock'));
	if ('heldBy' in lock) {
		console.error(`paperfold: ${anotherBuild(lock.heldBy)} is running in this folder; wait for it to finish, then build again.`);
		return EXIT.busy;
	}
	let siteLock: { release: () => void } | null = null;
	try {
		const site = preflight(root, options);
		if (site) {
			// Another project folder may publish to the same --dist; its lock is not this folder's.
			const taken = acquireBuildLock(siteLockFile(resolve(root, options.dist)));
			if ('heldBy' in taken) {
				throw new BuildError(`--dist ${options.dist}: ${anotherBuild(taken.heldBy)} is writing this site; wait for it to finish, then build again.`, EXIT.busy);
			}
			siteLock = taken;
		}
		const astro = site ? await startSite(options, site) : null;
		let saveCaches: () => void;
		try {
			// Loaded now, not with this module: Astro starts up while the generator's modules load
			// (one bundled file, `generator-bundle.ts`).
			const { generate } = await loadGenerator(root);
			({ saveCaches } = await generate(options, clock));
		} catch (error) {
			await astro?.abort();
			throw error;
		}
		if (astro) {
			// The caches concern only the generated pages, now in place; saving them (seconds at
			// 10,000 papers) overlaps Astro's build instead of delaying it, at a priority that gives
			// Astro's threads the cores first (yield-to-site.ts).
			const saveBeside = () => {
				yieldToSite();
				saveCaches();
			};
			if (!(await astro.finish(saveBeside))) {
				throw new BuildError(`the site build failed (see its output above); ${display(resolve(root, options.dist))} was left as it was.`, EXIT.site);
			}
			clock.end('astro build + Pagefind');
		} else saveCaches();
		// For the benchmark, which measures this process from outside and reports its phases.
		if (process.env[PHASE_TIMES_ENV]) writeFileSync(process.env[PHASE_TIMES_ENV], JSON.stringify(clock.phases()));
		return EXIT.ok;
	} catch (error) {
		// Thrown from the generator bundle too, whose BuildError is its own copy's class.
		if (isBuildError(error)) {
			console.error(`paperfold: ${error.message}`);
			return error.code;
		}
		// A bad taxonomy or lexicon file throws a readable message naming its file and line.
		console.error(`paperfold: ${(error as Error).message}`);
		return EXIT.input;
	} finally {
		siteLock?.release();
		lock.release();
	}
}

function anotherBuild(pid: number | null): string {
	return pid === null ? 'another build' : `another build (process ${pid})`;
}

process.exitCode = await main(process.argv.slice(2));
