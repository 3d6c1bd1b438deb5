/**
 * The site build, all or nothing: Astro (and Pagefind, through its integration) writes a
 * new site beside the published one (`.dist.tmp-<pid>`), which is swapped in only when the
 * whole build succeeded. A failed or killed build leaves the previous `dist/` exactly as it
 * was; what a killed build left beside it is cleaned up by the next one. The replaced site is
 * deleted by a detached process once the new one is in place. Work that needs only
 * the generated pages (saving the generator's caches) runs while Astro builds (`meanwhile`),
 * not before it.
 */
import { spawn } from 'node:child_process';
import { rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ASTRO_CACHE_DIR, beginIncrementalBuild, endIncrementalBuild } from '../../src/shared/build/incremental-cache.ts';
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
export async function buildSiteAtomically({ root, dist, env, meanwhile }: SiteBuildOptions): Promise<boolean> {
	await recoverInterruptedWrite(dist);
	const tmp = join(dirname(dist), siblingName(basename(dist), 'tmp', process.pid));
	await rm(tmp, { recursive: true, force: true });
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	// Pages whose key is unchanged are hard-linked from the published `dist` (published-pages.ts)
	// or, without one that matches its manifest, copied from Astro's cache; after a failed build
	// the next one renders every page once.
	const cacheDir = join(root, ASTRO_CACHE_DIR);
	beginIncrementalBuild(cacheDir);
	beginPublishedPages(cacheDir);
	const child = start(process.execPath, [astro, 'build', '--outDir', tmp], { cwd: root, env: { ...env, [PUBLISHED_DIST_ENV]: dist } });
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
}

/** A child process started by `start`: whether it succeeded, once it exits, and a way to stop it. */
interface Child {
	exited: Promise<boolean>;
	stop(): void;
}

/** Starts a child with inherited output; stopping the build (Ctrl-C, `timeout`) stops the child too. */
function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Child {
	const child = spawn(command, args, { ...options, stdio: 'inherit' });
	// The build then ends as a failed one: staging folder removed, lock released, dist kept.
	const forward = (signal: NodeJS.Signals) => child.kill(signal);
	process.on('SIGINT', forward).on('SIGTERM', forward);
	const exited = new Promise<boolean>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			process.off('SIGINT', forward).off('SIGTERM', forward);
			resolve(code === 0 && signal === null);
		});
	});
	return { exited, stop: () => child.kill('SIGTERM') };
}
