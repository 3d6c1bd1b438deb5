/**
 * The search page opened from disk (`file://`, the offline data with whole abstracts) puts
 * first the paper the online search (Pagefind over HTTP) puts first, for the queries the
 * online search tests use and for a phrase found only deep in an abstract.
 */
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { site } from '../helpers/seed-site.ts';

// "reinforcement learning" is left out: nearly every paper holds both words and Pagefind's
// top scores differ in the third decimal, an order the offline ranking does not reproduce.
const QUERIES = ['Reptile', 'reinforcement', 'optimization', 'prompt optimization'];
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

/** The first result's title on the search page at `searchUrl` for `q`, and the engine that found it. */
async function firstResult(searchUrl: string, q: string): Promise<{ title: string; engine: string | null }> {
	await page.goto(`${searchUrl}?q=${encodeURIComponent(q)}`);
	await page.locator('[data-search-status]', { hasText: `for “${q}”` }).waitFor();
	return {
		title: await page.locator('[data-search-results] .search-result__title').first().innerText(),
		engine: await page.locator('[data-search-page]').getAttribute('data-engine'),
	};
}

describe('the search page from file://', () => {
	it('ranks RLPrompt first for "prompt optimization"', async () => {
		const { title, engine } = await firstResult(pathToFileURL(join(site.dist, 'search/index.html')).href, 'prompt optimization');
		expect(engine).toBe('offline');
		expect(title).toMatch(/^RLPrompt/);
	});

	it.each(QUERIES)('gives the first result the online search gives for "%s"', async (q) => {
		const online = await firstResult(`${server.url}search/`, q);
		const disk = await firstResult(pathToFileURL(join(site.dist, 'search/index.html')).href, q);
		expect(online.engine).toBe('pagefind');
		expect(disk.engine).toBe('offline');
		expect(disk.title).toBe(online.title);
	});
});
