import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginIncrementalBuild, endIncrementalBuild, incrementalCounts } from './incremental-cache.ts';

let cache: string;
const manifest = () => join(cache, 'incremental-build.json');

beforeEach(() => {
	cache = mkdtempSync(join(tmpdir(), 'paperfold-incremental-'));
	writeFileSync(manifest(), JSON.stringify({ routes: { 'src/pages/p.astro': { paths: { '/a/': { outputFile: 'a/index.html' }, '/b/': { outputFile: 'b/index.html' } } } } }));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

describe('beginIncrementalBuild and endIncrementalBuild', () => {
	it('keep the manifest of a build that finished', () => {
		beginIncrementalBuild(cache);
		endIncrementalBuild(cache, true);
		beginIncrementalBuild(cache);
		expect(existsSync(manifest())).toBe(true);
	});

	it('drop the manifest after a failed build, so the next renders every page', () => {
		beginIncrementalBuild(cache);
		endIncrementalBuild(cache, false);
		expect(existsSync(manifest())).toBe(false);
	});

	it('drop the manifest when the last build was killed before it ended', () => {
		beginIncrementalBuild(cache);
		beginIncrementalBuild(cache);
		expect(existsSync(manifest())).toBe(false);
	});
});

describe('incrementalCounts', () => {
	it('counts a page as rendered when its cached copy was written since the build started', () => {
		mkdirSync(join(cache, 'dist/a'), { recursive: true });
		mkdirSync(join(cache, 'dist/b'), { recursive: true });
		writeFileSync(join(cache, 'dist/a/index.html'), 'old');
		writeFileSync(join(cache, 'dist/b/index.html'), 'new');
		const start = Date.now();
		utimesSync(join(cache, 'dist/a/index.html'), new Date(start - 60_000), new Date(start - 60_000));
		expect(incrementalCounts(cache, start - 1000)).toEqual({ keyed: 2, rendered: 1 });
	});

	it('counts a page taken from the published site as reused without looking at its copy', () => {
		mkdirSync(join(cache, 'dist/a'), { recursive: true });
		writeFileSync(join(cache, 'dist/a/index.html'), 'written now, by an earlier build');
		expect(incrementalCounts(cache, Date.now() - 1000, new Set(['a/index.html']))).toEqual({ keyed: 2, rendered: 0 });
	});

	it('is null without a manifest', () => {
		rmSync(manifest());
		expect(incrementalCounts(cache, 0)).toBeNull();
	});
});
