/**
 * The built site opened from disk (`file://`, no server), as a reader who downloaded
 * `dist/` and double-clicked `index.html` would. Chromium runs without
 * `--allow-file-access-from-files` here, as a normal browser does.
 */
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { ramarioSlug, site } from '../helpers/seed-site.ts';

const RAMARIO = /^RAMario: Experimental Approach to Reptile Algorithm/;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const fileUrl = (path: string) => pathToFileURL(join(site.dist, path)).href;

beforeAll(async () => {
	browser = await launchBrowser({ allowFileAccessFromFiles: false });
	page = await browser.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(fileUrl('index.html'));
	await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
});

afterAll(async () => {
	await browser?.close();
});

describe('the site opened from file://', () => {
	it('finds the RAMario paper first for "Reptile" in the search box', async () => {
		await page.locator('#site-search').fill('Reptile');
		await page.locator('[data-search-box-results] .search-result').first().waitFor();
		expect((await page.locator('[data-search-box-results] .search-result__title').allInnerTexts())[0]).toMatch(RAMARIO);
		expect(await page.locator('[data-search-box-results] mark').count()).toBeGreaterThan(0);
	});

	it('opens the paper from the result, as a file ending in index.html', async () => {
		await page.locator('[data-search-box-results] .search-result__title').first().click();
		await page.waitForURL(fileUrl(`papers/${ramarioSlug()}/index.html`));
		expect(await page.locator('h1').innerText()).toMatch(RAMARIO);
	});

	it('rewrites the page’s internal links to files that exist', async () => {
		await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
		const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		const internal = hrefs.filter((href) => href.startsWith('file:'));
		expect(internal.length).toBeGreaterThan(5);
		for (const href of internal) expect(href.split('#')[0]).toMatch(/\.(html|xml|json|csv|svg|bib|txt)(\?.*)?$/);
		// Following one from the paper page lands on a real page (the home page).
		await page.locator('a.brand').click();
		await page.waitForURL(fileUrl('index.html'));
	});

	it('switches the theme and copies a citation from a paper page (page.js loads relative to it)', async () => {
		await page.goto(fileUrl(`papers/${ramarioSlug()}/index.html`));
		const theme = await page.locator('html').getAttribute('data-theme');
		await page.locator('.theme-toggle').click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).not.toBe(theme);
		await page.locator('.copy-button').click();
		// No clipboard permission here: the entry is selected for Ctrl+C instead.
		await expect.poll(() => page.locator('.copy-status').innerText()).toMatch(/^(Copied|Selected)/);
	});

	it('searches on the search page with the topic and year filters, keeping them in the URL', async () => {
		await page.goto(`${fileUrl('search/index.html')}?q=reinforcement`);
		const status = page.locator('[data-search-status]');
		await status.filter({ hasText: /for “reinforcement”/ }).waitFor();
		expect(await page.locator('[data-search-page]').getAttribute('data-engine')).toBe('offline');
		const count = async () => Number((await status.innerText()).match(/^(\d+)/)?.[1] ?? NaN);
		const all = await count();
		const topic = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Topic$/ }) }).locator('input').first();
		await topic.check();
		await expect.poll(count).toBeLessThan(all);
		const year = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Year$/ }) }).locator('input').first();
		const yearValue = await year.getAttribute('value');
		await year.check();
		await page.waitForURL((url) => url.searchParams.get('year') === yearValue && url.searchParams.has('topic'));
		expect(new URL(page.url()).searchParams.get('q')).toBe('reinforcement');
		const dates = await page.locator('[data-search-results] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
		expect(dates.length).toBeGreaterThan(0);
		for (const date of dates) expect(date?.slice(0, 4)).toBe(yearValue);
	});

	it('raises no script errors', () => {
		expect(errors).toEqual([]);
	});
});
