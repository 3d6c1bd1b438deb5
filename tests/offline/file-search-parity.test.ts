/**
 * The search page opened from disk (`file://`, the offline data with whole abstracts) puts
 * first the paper the online search (Pagefind over HTTP) puts first, for the queries the
 * online search tests use and for a phrase found only deep in an abstract.
 */
import type { Browser, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { site } from '../helpers/seed-site.ts';

// Every query the online search tests type (tests/search/), the misspelt ones included, and a
// phrase found only deep in an abstract. "reinforcement learning" matches nearly every paper,
// with top scores a few thousandths apart: only a faithful port of the ranking agrees on it.
const QUERIES = ['Reptile', 'RAMario', 'reinforcement', 'reinforcement learning', 'optimization', 'prompt optimization', 'reinfrocement', 'preferance', 'learning', 'reinforcem', 'thermodynamics'];
/**
 * The queries the online search tests use: typed into a box (`fill`, `type`), put in a URL (`?q=`),
 * passed to Pagefind (`search('…')`) or to a helper taking the page and its URL.
 */
function onlineTestQueries(): string[] {
	const dir = join(import.meta.dirname, '../search');
	const found = new Set<string>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
		const source = readFileSync(join(dir, file), 'utf8');
		for (const m of source.matchAll(/(?:\.fill|\.type|\bsearch)\('([^']+)'|\(page, \w+\(\), '([^']+)'|[?&]q=([A-Za-z%+-]+)/g)) {
			found.add(decodeURIComponent((m[1] ?? m[2] ?? m[3]!).replace(/\+/g, ' ')));
		}
	}
	return [...found];
}
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	server = await serveDist(site.dist, site.base);
	browser = await launchBrowser({ allowFileAccessFromFiles: false });
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** The first result's title on the search page at `searchUrl` for `q` ('' when none), and the engine that searched. */
async function firstResult(searchUrl: string, q: string): Promise<{ title: string; engine: string | null }> {
	await page.goto(`${searchUrl}?q=${encodeURIComponent(q)}`);
	await page.locator('[data-search-status]', { hasText: `“${q}”` }).waitFor();
	const titles = page.locator('[data-search-results] .search-result__title');
	return {
		title: (await titles.count()) ? await titles.first().innerText() : '',
		engine: await page.locator('[data-search-page]').getAttribute('data-engine'),
	};
}

describe('the search page from file://', () => {
	it('ranks RLPrompt first for "prompt optimization"', async () => {
		const { title, engine } = await firstResult(pathToFileURL(join(site.dist, 'search/index.html')).href, 'prompt optimization');
		expect(engine).toBe('offline');
		expect(title).toMatch(/^RLPrompt/);
	});

	it('covers every query the online search tests use', () => {
		expect(onlineTestQueries().filter((q) => !QUERIES.includes(q))).toEqual([]);
	});

	it.each(QUERIES)('gives the first result the online search gives for "%s"', async (q) => {
		const online = await firstResult(`${server.url}search/`, q);
		const disk = await firstResult(pathToFileURL(join(site.dist, 'search/index.html')).href, q);
		expect(online.engine).toBe('pagefind');
		expect(disk.engine).toBe('offline');
		expect(disk.title).toBe(online.title);
	});
});
