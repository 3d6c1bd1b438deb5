import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ASTRO_COMPILE_CACHE_DIR, astroCompileCache, workerEnv } from './compile-cache.ts';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project whose Astro compile cache holds `count` entries. */
function projectWithEntries(count: number): string {
	const root = mkdtempSync(join(tmpdir(), 'paperfold-compile-cache-'));
	roots.push(root);
	const folder = join(root, ASTRO_COMPILE_CACHE_DIR, 'v24-x64');
	mkdirSync(folder, { recursive: true });
	for (let i = 0; i < count; i++) writeFileSync(join(folder, `entry${i}`), '');
	return root;
}

describe('astroCompileCache', () => {
	it('keeps a cache within the limit', () => {
		const root = projectWithEntries(3);
		expect(astroCompileCache(root, 3)).toBe(join(root, ASTRO_COMPILE_CACHE_DIR));
		expect(existsSync(join(root, ASTRO_COMPILE_CACHE_DIR, 'v24-x64', 'entry2'))).toBe(true);
	});

	it('empties a cache grown past the limit, so it cannot grow a few entries every build for ever', () => {
		const root = projectWithEntries(4);
		astroCompileCache(root, 3);
		expect(existsSync(join(root, ASTRO_COMPILE_CACHE_DIR))).toBe(false);
	});

	it('names the folder when there is no cache yet', () => {
		const root = projectWithEntries(0);
		rmSync(join(root, ASTRO_COMPILE_CACHE_DIR), { recursive: true });
		expect(astroCompileCache(root)).toBe(join(root, ASTRO_COMPILE_CACHE_DIR));
	});
});

/**
 * Runs, in a fresh Node process, `enableCompileCache(cache)` (unless `cache` is null) and then a
 * worker thread started with `workerEnv()`; returns the compile cache folders of both threads.
 */
function cacheDirsOfBothThreads(cache: string | null): { main: string | null; worker: string | null } {
	const module = pathToFileURL(join(import.meta.dirname, 'compile-cache.ts')).href;
	const script = `
		import { enableCompileCache, getCompileCacheDir } from 'node:module';
		import { Worker } from 'node:worker_threads';
		${cache === null ? '' : `enableCompileCache(${JSON.stringify(cache)});`}
		const { workerEnv } = await import(${JSON.stringify(module)});
		const worker = new Worker("process.getBuiltinModule('node:worker_threads').parentPort.postMessage(process.getBuiltinModule('node:module').getCompileCacheDir() ?? null)", { eval: true, env: workerEnv() });
		worker.once('message', (dir) => { console.log(JSON.stringify({ main: getCompileCacheDir() ?? null, worker: dir })); worker.terminate(); });
	`;
	const env = { ...process.env };
	delete env.NODE_COMPILE_CACHE;
	return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' })) as { main: string | null; worker: string | null };
}

describe('workerEnv', () => {
	it("gives a worker thread the compile cache this thread has on, and writes out this thread's compiled modules first", () => {
		const root = mkdtempSync(join(tmpdir(), 'paperfold-worker-cache-'));
		roots.push(root);
		const { main, worker } = cacheDirsOfBothThreads(join(root, 'cache'));
		expect(main).toMatch(/cache/);
		expect(worker).toBe(main);
		// The script's own import of compile-cache.ts, compiled by the first thread, is there for the worker.
		expect(readdirSync(main!).length).toBeGreaterThan(0);
	});

	it('leaves the environment as it is when this thread has no compile cache', () => {
		expect(cacheDirsOfBothThreads(null)).toEqual({ main: null, worker: null });
		if (process.env.NODE_COMPILE_CACHE === undefined) expect(workerEnv()).toBeUndefined();
	});
});
