import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedDocuments, indexedPagesDigest, reuseIndex, saveIndex } from './pagefind-reuse.ts';

let dir: string;
let pages: { url: string; html: string }[];
const page = (url: string, html: string) => {
	pages = [...pages.filter((p) => p.url !== url), { url, html }];
};
const digest = () => indexedPagesDigest(pages, { excludeSelectors: [] }, 'pagefind@1');

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-pagefind-reuse-'));
	pages = [];
	page('/papers/a/', '<p>a</p>');
	page('/papers/b/', '<p>b</p>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('indexedPagesDigest', () => {
	it('changes when an indexed page changes', () => {
		const before = digest();
		page('/papers/b/', '<p>b, edited</p>');
		expect(digest()).not.toBe(before);
	});

	it('changes when an indexed page is added', () => {
		const before = digest();
		page('/papers/c/', '<p>c</p>');
		expect(digest()).not.toBe(before);
	});

	it('does not depend on the order the pages were read in', () => {
		const before = digest();
		pages.reverse();
		expect(digest()).toBe(before);
	});

	it('changes when text moves from one page to another', () => {
		const before = digest();
		page('/papers/a/', '<p>a</p><p>b</p>');
		page('/papers/b/', '');
		expect(digest()).not.toBe(before);
	});

	it('changes with the settings and the Pagefind version', () => {
		expect(indexedPagesDigest(pages, { excludeSelectors: ['h2'] }, 'pagefind@1')).not.toBe(digest());
		expect(indexedPagesDigest(pages, { excludeSelectors: [] }, 'pagefind@2')).not.toBe(digest());
	});
});

describe('reuseIndex and saveIndex', () => {
	it('copies the saved index only for the digest it was saved under', () => {
		const cache = join(dir, 'cache');
		mkdirSync(join(dir, 'built/pagefind'), { recursive: true });
		writeFileSync(join(dir, 'built/pagefind/pagefind-entry.json'), '{"v":1}');
		expect(reuseIndex(cache, 'd1', join(dir, 'new/pagefind'))).toBe(false);
		saveIndex(cache, 'd1', join(dir, 'built/pagefind'));
		expect(reuseIndex(cache, 'd2', join(dir, 'new/pagefind'))).toBe(false);
		expect(reuseIndex(cache, 'd1', join(dir, 'new/pagefind'))).toBe(true);
		expect(readFileSync(join(dir, 'new/pagefind/pagefind-entry.json'), 'utf8')).toBe('{"v":1}');
	});
});

describe('the cached index', () => {
	const built = () => join(dir, 'built/pagefind');
	beforeEach(() => {
		mkdirSync(join(built(), 'fragment'), { recursive: true });
		writeFileSync(join(built(), 'pagefind-entry.json'), '{"v":1}');
		writeFileSync(join(built(), 'fragment/en_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 0, 255]));
	});

	it('is one file in the cache, nested folders and binary bytes restored exactly', () => {
		const cache = join(dir, 'cache');
		saveIndex(cache, 'd1', built());
		expect(readdirSync(cache).sort()).toEqual(['bundle.pack', 'pages.sha256']);
		expect(reuseIndex(cache, 'd1', join(dir, 'new/pagefind'))).toBe(true);
		expect(readFileSync(join(dir, 'new/pagefind/fragment/en_1.pf_fragment'))).toEqual(Buffer.from([0x1f, 0x8b, 0, 255]));
	});

	it('replaces an index cached file by file by an earlier version', () => {
		const cache = join(dir, 'cache');
		mkdirSync(join(cache, 'bundle'), { recursive: true });
		writeFileSync(join(cache, 'bundle/old.pf_meta'), 'old');
		saveIndex(cache, 'd1', built());
		expect(existsSync(join(cache, 'bundle'))).toBe(false);
	});

	it('is not reused, and nothing is written, when its pack is cut short', () => {
		const cache = join(dir, 'cache');
		saveIndex(cache, 'd1', built());
		const pack = readFileSync(join(cache, 'bundle.pack'));
		writeFileSync(join(cache, 'bundle.pack'), pack.subarray(0, pack.length - 1));
		expect(reuseIndex(cache, 'd1', join(dir, 'new/pagefind'))).toBe(false);
		expect(existsSync(join(dir, 'new'))).toBe(false);
	});

	it('offers its documents for a patch only when saved by a patch that splits chunks as Pagefind does', () => {
		const cache = join(dir, 'cache');
		const indexed = { documents: new Map([['/papers/a/', 'x']]), pageIds: new Map([['/papers/a/', 'en_1']]) };
		saveIndex(cache, 'd1', built(), undefined, indexed);
		expect(cachedDocuments(cache)).toEqual(indexed);
		// As an earlier version saved them: the index may hold splits Pagefind would not draw.
		const file = join(cache, 'indexed-documents.json');
		const { patchable: _, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
		writeFileSync(file, JSON.stringify(older));
		expect(cachedDocuments(cache)).toBeNull();
		expect(reuseIndex(cache, 'd1', join(dir, 'new/pagefind'))).toBe(true);
	});
});
