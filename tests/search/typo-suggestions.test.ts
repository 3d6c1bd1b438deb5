/**
 * "Did you mean …" in Chromium on the built site, over HTTP (Pagefind) and from `file://`
 * (the offline data): a misspelt query is corrected from the collection's own words, and
 * the term dictionary is fetched only once a query finds little.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchPageOrigins, useServedSite } from '../helpers/served-site.ts';
import { site } from '../helpers/seed-site.ts';

const served = useServedSite(site.dist, site.base, { allowFileAccessFromFiles: false });
const origins = searchPageOrigins(site.dist, served);

/** The suggestion the search page shows for `q`. */
async function suggestionFor(page: Page, searchUrl: string, q: string): Promise<string> {
	await page.goto(`${searchUrl}?q=${encodeURIComponent(q)}`);
	const link = page.locator('[data-search-suggestion] a');
	await link.waitFor();
	return link.innerText();
}

describe.each(Object.entries(origins))('the search page over %s', (_name, searchUrl) => {
	it('suggests "reinforcement" for "reinfrocement" and "preference" for "preferance"', async () => {
		const page = await served.browser.newPage();
		expect(await suggestionFor(page, searchUrl(), 'reinfrocement')).toBe('reinforcement');
		expect(await suggestionFor(page, searchUrl(), 'preferance')).toBe('preference');
		await page.close();
	});

	it('runs the suggested query when it is followed', async () => {
		const page = await served.browser.newPage();
		await suggestionFor(page, searchUrl(), 'reinfrocement');
		await page.locator('[data-search-suggestion] a').click();
		await page.locator('[data-search-status]', { hasText: /for “reinforcement”/ }).waitFor();
		expect(new URL(page.url()).searchParams.get('q')).toBe('reinforcement');
		expect(await page.locator('#search-page-q').inputValue()).toBe('reinforcement');
		await page.close();
	});
});

describe('the term dictionary', () => {
	it('is not fetched by a page, nor by a query that finds enough', async () => {
		const page = await served.browser.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${served.server.url}search/?q=reinforcement`);
		await page.locator('[data-search-status]', { hasText: /for “reinforcement”/ }).waitFor();
		expect(fetched.filter((p) => p.endsWith('search-terms.js'))).toEqual([]);
		await page.locator('#search-page-q').fill('reinfrocement');
		await page.locator('[data-search-suggestion] a').waitFor();
		expect(fetched.filter((p) => p.endsWith('search-terms.js'))).toHaveLength(1);
		await page.close();
	});

	it('suggests in the header search box too', async () => {
		const page = await served.browser.newPage();
		await page.goto(served.server.url);
		await page.locator('#site-search').fill('preferance');
		const link = page.locator('[data-search-box-results] .search-box__suggestion a');
		await link.waitFor();
		expect(await link.innerText()).toBe('preference');
		await page.close();
	});
});
