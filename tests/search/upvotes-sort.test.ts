/**
 * Sorting by upvotes, which the seed lacks: a site built from the seed plus a Hugging Face
 * JSON listing that has upvotes offers the sort, and both engines (Pagefind over http,
 * the offline data from file://) put the most upvoted paper first.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';

const BASE = '/paperfold/';
let built: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	built = buildSite({
		args: ['--source', 'content/sources/hf-papers-few-shot-rl.txt', '--source', 'scripts/ingest/fixtures/hf-json-daily/daily.json'],
		env: { BASE_PATH: BASE, SITE_URL: 'https://example.github.io' },
	});
	server = await serveDist(built.dist, BASE);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (built) removeCopy(built.root);
});

async function sortedTitles(page: Page, url: string): Promise<string[]> {
	await page.goto(url);
	await page.locator('[data-search-status]', { hasText: /for “optimization”/ }).waitFor();
	expect(await page.locator('#search-page-sort').inputValue()).toBe('upvotes');
	// The count shows before the result cards load; wait for the first two.
	await page.locator('[data-search-results] .search-result__title').nth(1).waitFor();
	return page.locator('[data-search-results] .search-result__title').allInnerTexts();
}

describe('sorting by upvotes', () => {
	it('is offered when the listing has upvotes', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}search/`);
		expect(await page.locator('#search-page-sort option').evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value))).toContain('upvotes');
		await page.close();
	});

	it('puts the most upvoted paper first with Pagefind', async () => {
		const page = await browser.newPage();
		const titles = await sortedTitles(page, `${server.url}search/?q=optimization&sort=upvotes`);
		expect(titles.slice(0, 2)).toEqual(['Direct Preference Optimization: Your Language Model is Secretly a Reward Model', 'Proximal Policy Optimization Algorithms']);
		await page.close();
	});

	it('puts the most upvoted paper first from file://', async () => {
		const page = await browser.newPage();
		const titles = await sortedTitles(page, `${pathToFileURL(join(built.dist, 'search/index.html')).href}?q=optimization&sort=upvotes`);
		expect(titles.slice(0, 2)).toEqual(['Direct Preference Optimization: Your Language Model is Secretly a Reward Model', 'Proximal Policy Optimization Algorithms']);
		await page.close();
	});
});
