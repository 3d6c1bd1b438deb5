import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { listPrecache, readSortOrders, stampServiceWorker } from './pagefind.ts';

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
});

describe('readSortOrders', () => {
	it('orders the fragments ids by the dates and upvotes of their papers in the search data', () => {
		dir = mkdtempSync(join(tmpdir(), 'pf-sorts-'));
		mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
		const fragment = (id: string, url: string) =>
			writeFileSync(join(dir, 'pagefind', 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, content: 'x', meta: {} })}`));
		fragment('en_aaa', '/base/papers/older/');
		fragment('en_bbb', '/base/papers/newer/');
		fragment('en_ccc', '/base/papers/undated/');
		const row = (id: string, date: string | null, upvotes: number | null) => [id, id, date, upvotes, [], [], 0, ''];
		const data = { v: 1, topics: [], entities: [], papers: [row('newer', '2024-05-01', 3), row('older', '2020-01-01', 9), row('undated', null, null)] };
		writeFileSync(join(dir, 'search-data.js'), `window.PAPERFOLD_SEARCH=${JSON.stringify(data)};\n`);
		expect(readSortOrders(dir)).toEqual({ date: ['en_aaa', 'en_bbb'], upvotes: ['en_bbb', 'en_aaa'] });
	});
});
