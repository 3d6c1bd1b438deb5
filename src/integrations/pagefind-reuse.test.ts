import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexedPagesDigest, reuseIndex, saveIndex } from './pagefind-reuse.ts';

let dir: string;
const page = (path: string, html: string) => {
	mkdirSync(join(dir, 'dist', path, '..'), { recursive: true });
	writeFileSync(join(dir, 'dist', path), html);
};
const digest = () => indexedPagesDigest(join(dir, 'dist'), 'papers/*/index.html', { excludeSelectors: [] }, 'pagefind@1');

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-pagefind-reuse-'));
	page('papers/a/index.html', '<p>a</p>');
	page('papers/b/index.html', '<p>b</p>');
	page('topics/t/index.html', '<p>t</p>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('indexedPagesDigest', () => {
	it('changes when an indexed page changes', () => {
		const before = digest();
		page('papers/b/index.html', '<p>b, edited</p>');
		expect(digest()).not.toBe(before);
	});

	it('changes when an indexed page is added', () => {
		const before = digest();
		page('papers/c/index.html', '<p>c</p>');
		expect(digest()).not.toBe(before);
	});

	it('ignores pages the glob does not index', () => {
		const before = digest();
		page('topics/t/index.html', '<p>t, renamed</p>');
		expect(digest()).toBe(before);
	});

	it('changes with the settings and the Pagefind version', () => {
		const out = join(dir, 'dist');
		expect(indexedPagesDigest(out, 'papers/*/index.html', { excludeSelectors: ['h2'] }, 'pagefind@1')).not.toBe(digest());
		expect(indexedPagesDigest(out, 'papers/*/index.html', { excludeSelectors: [] }, 'pagefind@2')).not.toBe(digest());
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
