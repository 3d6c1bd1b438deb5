/**
 * Indexes the built site with Pagefind's Node API after `astro build`, as Starlight does,
 * recompresses what a first search fetches whole (pagefind-recompress.ts), then writes the
 * search extras (search-extras.ts): the search page's sort orders and the offline precache list.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { lockedVersions } from '../shared/build/source-digest.ts';
import { indexedPagesDigest, reuseIndex, saveIndex } from './pagefind-reuse.ts';
import { recompressSearchBundle } from './pagefind-recompress.ts';
import { writeSearchExtras } from './search-extras.ts';

/**
 * Index settings. Of the generated body only the Abstract section is indexed (the others
 * quote it again and carry `data-pagefind-ignore`, src/loaders/rehype-search-sections.ts);
 * its "Abstract" heading labels every paper alike: indexed, it only crowds search excerpts.
 * The Keyphrases list is left out too: its phrases are verbatim spans of the abstract, so
 * they find no paper the abstract does not, while indexing the commonest words twice grew
 * the index chunks that a first search fetches.
 */
export const PAGEFIND_CONFIG = { excludeSelectors: ['.prose > section > h2', 'section[aria-labelledby="keyphrases"]'] };

/**
 * Only paper pages carry `data-pagefind-body`; Pagefind would still read every other page
 * (entity, topic, glossary … a third more files at 10,000 papers) just to skip it.
 */
export const PAGEFIND_GLOB = 'papers/*/index.html';

export interface PagefindOptions {
	/** The generated paper pages the site is built from, relative to the project root. */
	papers?: string;
}

/**
 * Indexes the paper pages of `outDir` into `outDir/pagefind`; checks every response, logs
 * each error and then throws one. Returns the page count and the bundle folder.
 */
async function indexSite(outDir: string, logger: AstroIntegrationLogger): Promise<{ pages: number; pagefindDir: string }> {
	const errors: string[] = [];
	let pages = 0;
	let pagefindDir = '';
	try {
		const created = await pagefindApi.createIndex(PAGEFIND_CONFIG);
		errors.push(...created.errors);
		if (created.index) {
			const added = await created.index.addDirectory({ path: outDir, glob: PAGEFIND_GLOB });
			errors.push(...added.errors);
			pages = added.page_count;
			const written = await created.index.writeFiles({ outputPath: `${outDir}/pagefind` });
			errors.push(...written.errors);
			pagefindDir = written.outputPath;
		} else if (!errors.length) {
			errors.push('createIndex returned no index');
		}
	} finally {
		await closePagefind();
	}
	if (errors.length) {
		for (const error of errors) logger.error(error);
		throw new Error('Pagefind failed to index the site; see the errors above.');
	}
	return { pages, pagefindDir };
}

/** The Astro integration: Pagefind and the search extras after every build. */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
	let papersDir = '';
	let cacheDir = '';
	let versions = '';
	return {
		name: 'paperfold:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				papersDir = fileURLToPath(new URL(options.papers ?? './content/papers/', config.root));
				cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind');
				const lockfile = fileURLToPath(new URL('package-lock.json', config.root));
				versions = existsSync(lockfile) ? lockedVersions(readFileSync(lockfile, 'utf8')) : '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.PAPERFOLD_PAGEFIND === '0') return; // the benchmark runs and times Pagefind itself
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const digest = indexedPagesDigest(outDir, PAGEFIND_GLOB, PAGEFIND_CONFIG, versions);
				if (reuseIndex(cacheDir, digest, join(outDir, 'pagefind'))) {
					// Straight to stdout, as the build summary: `npm run build` drops Astro's info lines.
					process.stdout.write('search: no indexed page changed; the previous index was reused\n');
					writeSearchExtras({ outDir, pagefindDir: join(outDir, 'pagefind'), papersDir });
					return;
				}
				const { pages, pagefindDir } = await indexSite(outDir, logger);
				await recompressSearchBundle(pagefindDir);
				logger.info(`Indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
				saveIndex(cacheDir, digest, pagefindDir);
				writeSearchExtras({ outDir, pagefindDir, papersDir });
			},
		},
	};
}

/**
 * Stops Pagefind's service and, on Linux, waits until its process has been reaped: the API
 * only signals it, and a build that exits first would leave its CPU time and memory out of
 * what `/usr/bin/time` (the benchmark) reports for the build.
 */
async function closePagefind(): Promise<void> {
	const children = childPids();
	await pagefindApi.close();
	const alive = (pid: number) => {
		try {
			process.kill(pid, 0);
			return true;
		} catch {
			return false;
		}
	};
	for (let waited = 0; waited < 2000 && children.some(alive); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** This process's child processes (Linux's /proc; none elsewhere). */
function childPids(): number[] {
	try {
		return readdirSync('/proc/self/task').flatMap((task) =>
			readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
		);
	} catch {
		return [];
	}
}
