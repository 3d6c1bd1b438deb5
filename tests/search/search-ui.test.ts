/**
 * The search box and the search page in headless Chromium, against the site served
 * under its GitHub Pages base path.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { ramarioSlug, site } from '../helpers/seed-site.ts';

const RAMARIO = /^RAMario: Experimental Approach to Reptile Algorithm/;
const web = useServedSite(site.dist, site.base);
let page: Page;

const resultTitles = (scope: string) => page.locator(`${scope} .search-result__title`).allInnerTexts();
const status = () => page.locator('[data-search-status]').innerText();

async function waitForStatus(pattern: RegExp) {
	await page.locator('[data-search-status]', { hasText: pattern }).waitFor();
}

describe('the search box in the header', () => {
	beforeAll(async () => {
		page = await web.browser.newPage();
		await page.goto(web.server.url);
	});
	afterAll(() => page.close());

	it('is focused by pressing /, before the search client has loaded', async () => {
		expect(await page.locator('html[data-search-ready]').count()).toBe(0);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
	});

	it('shows the RAMario paper first for "Reptile" typed at once, with the match highlighted', async () => {
		await page.keyboard.type('Reptile');
		// On a slow machine the box may first show the results of "Re…" typed so far: wait for the whole word's.
		await page.locator('[data-search-box-results] a[href$="?q=Reptile"]').waitFor();
		const titles = await resultTitles('[data-search-box-results]');
		expect(titles[0]).toMatch(RAMARIO);
		expect(await page.locator('[data-search-box-results] mark').first().innerText()).toMatch(/^reptile$/i);
	});

	it('opens the search page with the query on Enter', async () => {
		await page.locator('#site-search').press('Enter');
		await page.waitForURL(/\/search\/\?q=Reptile$/);
		expect(new URL(page.url()).pathname).toBe(`${site.base}search/`);
		await waitForStatus(/for “Reptile”/);
		expect((await resultTitles('[data-search-results]'))[0]).toMatch(RAMARIO);
	});
});

describe('the search page', () => {
	beforeAll(async () => {
		page = await web.browser.newPage();
	});
	afterAll(() => page.close());

	it('runs the search in its URL and keeps the query in the URL as one types', async () => {
		await page.goto(`${web.server.url}search/?q=Reptile`);
		await waitForStatus(/for “Reptile”/);
		// `/` still focuses a search box once the client is running.
		expect(await page.locator('html[data-search-ready]').count()).toBe(1);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		expect(await page.locator('[data-search-page]').getAttribute('data-engine')).toBe('pagefind');
		await page.locator('#search-page-q').fill('reinforcement learning');
		await waitForStatus(/for “reinforcement learning”/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('reinforcement learning');
	});

	it('narrows the results with a topic filter and keeps the filter in the URL', async () => {
		const before = Number((await status()).match(/^(\d+)/)![1]);
		const topic = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Topic$/ }) }).locator('input').first();
		const value = await topic.getAttribute('value');
		await topic.check();
		await page.waitForURL((url) => url.searchParams.get('topic') === value);
		await expect.poll(async () => Number((await status()).match(/^(\d+)/)?.[1] ?? NaN)).toBeLessThan(before);
		const after = Number((await status()).match(/^(\d+)/)![1]);
		expect(after).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.get('q')).toBe('reinforcement learning');
	});

	it('restores query, filter and sort from a linked URL', async () => {
		const linked = page.url().replace(/$/, '&sort=date-desc');
		const other = await web.browser.newPage();
		await other.goto(linked);
		await other.locator('[data-search-status]', { hasText: /for “reinforcement learning”/ }).waitFor();
		expect(await other.locator('#search-page-q').inputValue()).toBe('reinforcement learning');
		expect(await other.locator('#search-page-sort').inputValue()).toBe('date-desc');
		expect(await other.locator('[data-search-facets] input:checked').count()).toBe(1);
		const dates = await other.locator('[data-search-results] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
		expect(dates.length).toBeGreaterThan(1);
		expect(dates).toEqual([...dates].sort().reverse());
		await other.close();
	});

	it('shows an excerpt from the abstract, not the title shown just above it', async () => {
		// "RAMario" is the title's first word and comes once more in the abstract, so Pagefind's
		// own excerpt (the densest window of matches, headings weighted) is the title again.
		await page.goto(`${web.server.url}search/?q=RAMario`);
		await waitForStatus(/for “RAMario”/);
		const first = page.locator('[data-search-results] li').first();
		const title = await first.locator('.search-result__title').innerText();
		const excerpt = await first.locator('.search-result__excerpt').innerText();
		expect(title).toMatch(RAMARIO);
		expect(excerpt.length).toBeGreaterThan(40);
		// The excerpt's opening words are not the title's: Pagefind's own window starts at the title.
		expect(excerpt.startsWith(title.split(/\s+/).slice(0, 4).join(' '))).toBe(false);
		expect(excerpt).toMatch(/RAMario/);
	});

	it('opens the paper page from a result', async () => {
		await page.goto(`${web.server.url}search/?q=Reptile`);
		await waitForStatus(/for “Reptile”/);
		await page.locator('[data-search-results] .search-result__title').first().click();
		await page.waitForURL(`${web.server.url}papers/${ramarioSlug()}/`);
		expect(await page.locator('h1').innerText()).toMatch(RAMARIO);
	});
});
