import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listPrecache, removeUnusedBundles, stampServiceWorker } from './search-extras.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeDist(fragments: number): string {
	dir = mkdtempSync(join(tmpdir(), 'pf-precache-'));
	for (const sub of ['index', 'filter', 'fragment']) mkdirSync(join(dir, 'pagefind', sub), { recursive: true });
	const files = ['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'pagefind-ui.js', 'pagefind-component-ui.css', 'pagefind.en_1.pf_meta', 'index/en_1.pf_index', 'filter/en_1.pf_filter'];
	for (let i = 0; i < fragments; i++) files.push(`fragment/en_${i}.pf_fragment`);
	for (const file of files) writeFileSync(join(dir, 'pagefind', file), 'x');
	return dir;
}

describe('listPrecache', () => {
	it('lists the search bundle, entry, wasm, index, filters and fragments, not the unused UIs', () => {
		expect(listPrecache(fakeDist(2))).toEqual([
			'pagefind/filter/en_1.pf_filter',
			'pagefind/fragment/en_0.pf_fragment',
			'pagefind/fragment/en_1.pf_fragment',
			'pagefind/index/en_1.pf_index',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind.en_1.pf_meta',
			'pagefind/pagefind.js',
			'pagefind/wasm.en.pagefind',
		]);
	});

	it('lists the same files once the unused bundles are deleted, and they are', () => {
		const listed = listPrecache(fakeDist(2));
		removeUnusedBundles(join(dir, 'pagefind'));
		expect(listPrecache(dir)).toEqual(listed);
		expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.en_1.pf_meta', 'pagefind.js', 'wasm.en.pagefind']);
	});

	it('leaves fragments to be cached on reading once there are more than 1,000', () => {
		const list = listPrecache(fakeDist(1001));
		expect(list.some((f) => f.includes('/fragment/'))).toBe(false);
		expect(list).toContain('pagefind/index/en_1.pf_index');
	});
});

describe('stampServiceWorker', () => {
	it('names the index cache after the build', () => {
		dir = mkdtempSync(join(tmpdir(), 'pf-sw-'));
		const file = join(dir, 'sw.js');
		writeFileSync(file, readFileSync(join(import.meta.dirname, '../../public/sw.js'), 'utf8'));
		stampServiceWorker(file, 'abc123');
		const text = readFileSync(file, 'utf8');
		expect(text).toContain(`const INDEX = 'paperfold-index-abc123';`);
		expect(text).not.toContain('paperfold-index-dev');
	});

	it('stamps a worker again with the same or a new version (a re-run on the same dist)', () => {
		dir = mkdtempSync(join(tmpdir(), 'pf-sw-'));
		const file = join(dir, 'sw.js');
		writeFileSync(file, readFileSync(join(import.meta.dirname, '../../public/sw.js'), 'utf8'));
		stampServiceWorker(file, 'abc123');
		stampServiceWorker(file, 'abc123');
		stampServiceWorker(file, 'def456');
		expect(readFileSync(file, 'utf8')).toContain(`const INDEX = 'paperfold-index-def456';`);
	});

	it('fails naming the file when the worker has no cache name to stamp', () => {
		dir = mkdtempSync(join(tmpdir(), 'pf-sw-'));
		const file = join(dir, 'sw.js');
		writeFileSync(file, 'self.addEventListener("fetch", () => {});');
		expect(() => stampServiceWorker(file, 'abc123')).toThrow(`${file}: no 'paperfold-index-…' cache name to stamp`);
	});
});
