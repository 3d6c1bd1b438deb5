/**
 * A paper page fetches one script file, the shared `page.js`, until the reader turns to
 * search; the search client then loads on the first focus (even a focus before `page.js`
 * ran), and what was typed while it loaded is searched.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { select } from '../helpers/html.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { ramarioSlug, site } from '../helpers/seed-site.ts';

const RAMARIO = /^RAMario: Experimental Approach to Reptile Algorithm/;
const web = useServedSite(site.dist, site.base);
let context: BrowserContext;
let page: Page;
let scripts: string[];

beforeEach(async () => {
	// The service worker precaches the search client in the background; that is not the
	// page loading a script, and it would also answer requests out of the page's sight.
	context = await web.browser.newContext({ serviceWorkers: 'block' });
	page = await context.newPage();
	scripts = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(request.url()).pathname)) scripts.push(new URL(request.url()).pathname);
	});
});

afterEach(() => context.close());

describe('a paper page', () => {
	it('requests only page.js before the reader interacts with search', async () => {
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`, { waitUntil: 'networkidle' });
		// Scrolling and clicking outside the search box are not search.
		await page.mouse.wheel(0, 600);
		await page.locator('h1').click();
		await page.waitForTimeout(300);
		expect(scripts).toEqual([`${site.base}page.js`]);
		expect(await page.locator('script[src]').count()).toBe(1);
		expect(await page.locator('html[data-search-ready]').count()).toBe(0);
	});

	it('writes only the plain search form; page.js adds the / hint, the search client the results panel', async () => {
		const response = await page.request.get(`${web.server.url}papers/${ramarioSlug()}/`);
		const form = select('form.search-box', fromHtml(await response.text()));
		expect(select('input#site-search', form)).toBeTruthy();
		expect(toHtml(form!)).not.toMatch(/<kbd|aria-describedby|aria-controls|site-search-results/);
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		const input = page.locator('#site-search');
		await expect.poll(() => input.getAttribute('aria-describedby')).toBe('site-search-hint');
		expect(await page.locator('#site-search-hint').textContent()).toBe('Press /');
		expect(await input.getAttribute('autocomplete')).toBe('off');
		expect(await page.locator('#site-search-results').count()).toBe(0);
		await input.focus();
		await page.locator('#site-search-results[aria-live="polite"][hidden]').waitFor({ state: 'attached' });
		expect(await input.getAttribute('aria-controls')).toBe('site-search-results');
	});

	it('loads the search client on focus and finds "Reptile" typed while it loads', async () => {
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		// Hold the client back, so that every keystroke lands before it runs.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/search-ui.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.locator('#site-search').focus();
		await page.keyboard.type('Reptile');
		await expect.poll(() => scripts.filter((s) => s.endsWith('/search-ui.js')).length).toBe(1);
		expect(await page.locator('html[data-search-ready]').count()).toBe(0);
		release();
		await page.locator('[data-search-box-results] .search-result').first().waitFor();
		expect(await page.locator('#site-search').inputValue()).toBe('Reptile');
		expect((await page.locator('[data-search-box-results] .search-result__title').allInnerTexts())[0]).toMatch(RAMARIO);
	});

	it('loads the search client for a box focused before page.js ran', async () => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/page.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`, { waitUntil: 'commit' });
		await page.locator('#site-search').focus();
		await page.keyboard.type('Reptile');
		expect(scripts.filter((s) => s.endsWith('/search-ui.js'))).toEqual([]);
		release();
		await page.locator('[data-search-box-results] .search-result').first().waitFor();
		expect((await page.locator('[data-search-box-results] .search-result__title').allInnerTexts())[0]).toMatch(RAMARIO);
	});

	it('opens the search page with the query when Enter is pressed before the client loads', async () => {
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		// The paper page's request for the client never gets an answer; the search page's does.
		await page.route('**/search-ui.js', (route) => (route.request().frame().url().includes('/papers/') ? undefined : route.continue()));
		await page.locator('#site-search').fill('Reptile');
		await page.locator('#site-search').press('Enter');
		await page.waitForURL(/\/search\/\?q=Reptile$/);
		await page.locator('[data-search-status]', { hasText: /for “Reptile”/ }).waitFor();
		expect((await page.locator('[data-search-results] .search-result__title').allInnerTexts())[0]).toMatch(RAMARIO);
	});
});
