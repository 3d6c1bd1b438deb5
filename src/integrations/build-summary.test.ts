import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBuildSummary, indexedPages } from './build-summary.ts';

describe('formatBuildSummary', () => {
	it('gives pages, seconds to one decimal and indexed pages on one line', () => {
		expect(formatBuildSummary(176, 2.94, 48)).toBe('site: 176 pages in 2.9 s · search: 48 pages indexed');
	});

	it('says how many keyed pages an incremental build rendered and reused', () => {
		expect(formatBuildSummary(176, 2.94, 48, { keyed: 164, rendered: 12 })).toBe('site: 176 pages in 2.9 s (12 files rendered, 152 reused) · search: 48 pages indexed');
	});

	it('leaves the search out for a site without an index', () => {
		expect(formatBuildSummary(3, 0.25, null)).toBe('site: 3 pages in 0.3 s');
	});
});

describe('indexedPages', () => {
	let dist: string;
	beforeEach(() => {
		dist = mkdtempSync(join(tmpdir(), 'paperfold-summary-'));
	});
	afterEach(() => rmSync(dist, { recursive: true, force: true }));

	it('sums the page counts of every language in pagefind-entry.json', () => {
		mkdirSync(join(dist, 'pagefind'));
		const languages = { en: { hash: 'en_1', wasm: 'en', page_count: 48 }, fr: { hash: 'fr_1', wasm: 'fr', page_count: 2 } };
		writeFileSync(join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
		expect(indexedPages(dist)).toBe(50);
	});

	it('is null for a site without a Pagefind index', () => {
		expect(indexedPages(dist)).toBeNull();
	});
});
