/**
 * The site build, all or nothing: Astro (and Pagefind, through its integration) writes a
 * new site beside the published one (`.dist.tmp-<pid>`), which is swapped in only when the
 * whole build succeeded. A failed or killed build leaves the previous `dist/` exactly as it
 * was; what a killed build left beside it is cleaned up by the next one. The replaced site is
 * deleted by a detached process once the new one is in place. Work that needs only
 * the generated pages (saving the generator's caches) runs while Astro builds (`meanwhile`),
 * not before it. Astro can be started before the pages are written (`startSiteBuild`): its
 * start-up then runs beside the generator, and it waits for them before its content loaders.
 */
import { spawn } from 'node:child_process';
import { rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { astroCompileCache } from './compile-cache.ts';
import { ASTRO_CACHE_DIR, beginIncrementalBuild, endIncrementalBuild } from '../../src/shared/build/incremental-cache.ts';
import { PAGES_READY_ENV, PAGES_READY_LINE } from '../../src/shared/build/pages-ready.ts';
import { beginPublishedPages, endPublishedPages, PUBLISHED_DIST_ENV } from '../../src/shared/build/published-pages.ts';
import { MARKER, markerContent } from '../write/output-marker.ts';
import { recoverInterruptedWrite, siblingName } from '../write/recover.ts';
import { removeInBackground } from '../write/remove-in-background.ts';
import { swapIn } from '../write/write-generated.ts';

export interface SiteBuildOptions {
	/** The project folder (where `astro.config.mjs` is). */
	root: string;
	/** Absolute path of the published site folder. */
	dist: string;
	/** Environment of the Astro process: base path, site URL, content folders. */
	env: NodeJS.ProcessEnv;
	/**
	 * Runs once Astro's process has started, while it builds: the parent would otherwise sit
	 * idle. If it throws, Astro is stopped and the build fails with that error, `dist` untouched.
	 */
	meanwhile?: () => void;
}

/** Builds the site into a sibling of `dist` and swaps it in; false (and `dist` untouched) when Astro failed. */
export async function buildSiteAtomically(options: SiteBuildOptions): Promise<boolean> {
	const site = await startSiteBuild(options);
	return site.finish(options.meanwhile);
}

/** An `astro build` started ahead of the generated pages (`startSiteBuild`). */
export interface StartedSiteBuild {
	/**
	 * The pages are in place: lets Astro read them, runs `meanwhile` while it builds, and swaps
	 * the new site in; false (and `dist` untouched) when Astro failed.
	 */
	finish(meanwhile?: () => void): Promise<boolean>;
	/** The pages will not come (the generator failed): stops Astro, which has read and written nothing. */
	abort(): Promise<void>;
}

/**
 * Starts `astro build` before the generated pages are written: Astro loads its CLI, its config
 * and the content config while the generator works, and waits before its content loaders run
 * until `finish` says the pages are in place (src/shared/build/pages-ready.ts).
 */
export async function startSiteBuild({ root, dist, env }: Omit<SiteBuildOptions, 'meanwhile'>): Promise<StartedSiteBuild> {
	await recoverInterruptedWrite(dist);
	const tmp = join(dirname(dist), siblingName(basename(dist), 'tmp', process.pid));
	await rm(tmp, { recursive: true, force: true });
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const cacheDir = join(root, ASTRO_CACHE_DIR);
	const childEnv: NodeJS.ProcessEnv = {
		// Node's compile cache, as the generator has (scripts/build.ts): Astro, Vite and Rolldown start from compiled code.
		NODE_COMPILE_CACHE: astroCompileCache(root),
		...env,
		[PUBLISHED_DIST_ENV]: dist,
		[PAGES_READY_ENV]: '1',
	};
	const child = start(process.execPath, [astro, 'build', '--outDir', tmp], { cwd: root, env: childEnv });
	let settled = false;
	const settle = () => {
		if (settled) throw new Error('site build already finished or aborted');
		settled = true;
	};
	return {
		abort: async () => {
			settle();
			child.stop();
			await child.exited.catch(() => false);
			await rm(tmp, { recursive: true, force: true });
		},
		finish: async (meanwhile) => {
			settle();
			// Pages whose key is unchanged are hard-linked from the published `dist` (published-pages.ts)
			// or, without one that matches its manifest, copied from Astro's cache; after a failed build
			// the next one renders every page once. Astro reads none of these files before `go`.
			beginIncrementalBuild(cacheDir);
			beginPublishedPages(cacheDir);
			child.go();
			let failure: { error: unknown } | null = null;
			try {
				meanwhile?.();
			} catch (error) {
				failure = { error };
				child.stop();
			}
			const ok = (await child.exited) && !failure;
			endIncrementalBuild(cacheDir, ok);
			if (!ok) {
				endPublishedPages(cacheDir, false);
				await rm(tmp, { recursive: true, force: true });
				if (failure) throw failure.error;
				return false;
			}
			await writeFile(join(tmp, MARKER), markerContent('site'));
			const exists = await stat(dist).then(
				() => true,
				() => false,
			);
			// The previous site is deleted after the build returns: nothing waits for it.
			await swapIn(dist, tmp, exists, true, removeInBackground);
			endPublishedPages(cacheDir, true);
			return true;
		},
	};
}

/** A child process started by `start`: whether it succeeded, once it exits, and a way to tell it to go or to stop it. */
interface Child {
	exited: Promise<boolean>;
	go(): void;
	stop(): void;
}

/**
 * Starts a child with inherited output and a pipe for stdin, on which `go` tells it the pages
 * are in place; stopping the build (Ctrl-C, `timeout`) stops the child too.
 */
function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Child {
	const child = spawn(command, args, { ...options, stdio: ['pipe', 'inherit', 'inherit'] });
	// Once Astro builds, the build then ends as a failed one: staging folder removed, lock
	// released, dist kept. Before (the generator still at work) this process also ends at once,
	// as it would without a child.
	let going = false;
	const forward = (signal: NodeJS.Signals) => {
		child.kill(signal);
		if (going) return;
		process.off('SIGINT', forward).off('SIGTERM', forward);
		process.kill(process.pid, signal);
	};
	process.on('SIGINT', forward).on('SIGTERM', forward);
	// A child that exits before reading its stdin (a failed start) must not fail the write.
	child.stdin.on('error', () => {});
	const exited = new Promise<boolean>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			process.off('SIGINT', forward).off('SIGTERM', forward);
			resolve(code === 0 && signal === null);
		});
	});
	return {
		exited,
		go: () => {
			going = true;
			child.stdin.end(PAGES_READY_LINE);
		},
		stop: () => {
			child.stdin.destroy();
			child.kill('SIGTERM');
		},
	};
}
