import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { readFolder } from './folder-pack.ts';
import { pageIdsOfBundle, paperSortOrders, readPageIds } from './search-sorts.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Indexes one small HTML page per URL with the real Pagefind and writes its bundle. */
async function indexPages(urls: string[]): Promise<string> {
	const outputPath = join(dir, 'pagefind');
	try {
		const { index } = await pagefind.createIndex({});
		for (const url of urls) {
			const added = await index!.addHTMLFile({ url, content: `<html lang="en"><body><h1>${url}</h1><p>Words about ${url}.</p></body></html>` });
			expect(added.errors).toEqual([]);
		}
		expect((await index!.writeFiles({ outputPath })).errors).toEqual([]);
	} finally {
		await pagefind.close();
	}
	return outputPath;
}

describe('readPageIds and paperSortOrders', () => {
	it('orders the Pagefind ids of the paper pages by date and by upvotes', async () => {
		dir = mkdtempSync(join(tmpdir(), 'pf-sorts-'));
		const bundle = await indexPages(['/papers/older/', '/papers/newer/', '/papers/undated/', '/topics/games/']);
		const ids = readPageIds(bundle);
		expect([...ids.keys()].sort()).toEqual(['/papers/newer/', '/papers/older/', '/papers/undated/', '/topics/games/']);
		expect(new Set(ids.values()).size).toBe(4);
		// The same from the bundle's files read once for the index cache.
		expect(pageIdsOfBundle(readFolder(bundle), bundle)).toEqual(ids);
		const values = new Map([
			['newer', { date: '2024-05-01', upvotes: 3 }],
			['older', { date: '2020-01-01', upvotes: 9 }],
			['undated', { date: null, upvotes: null }],
			['not-indexed', { date: '2022-01-01', upvotes: 1 }],
		]);
		const id = (url: string) => ids.get(url)!;
		expect(paperSortOrders(ids, values)).toEqual({
			date: [id('/papers/older/'), id('/papers/newer/')],
			upvotes: [id('/papers/newer/'), id('/papers/older/')],
		});
	});

	it('fails naming the file when a fragment is not what Pagefind 1.x writes', () => {
		dir = mkdtempSync(join(tmpdir(), 'pf-bad-'));
		mkdirSync(join(dir, 'fragment'));
		writeFileSync(join(dir, 'fragment', 'en_0123abc.pf_fragment'), gzipSync('{"url":"/papers/x/"}'));
		expect(() => readPageIds(dir)).toThrow(/en_0123abc\.pf_fragment: not a Pagefind 1\.x page fragment/);
	});
});
