/**
 * Offline after one visit: the service worker keeps pages, styles, scripts (`page.js`, which
 * every page loads, among them), the Pagefind index and the library's export data, so with
 * the network cut a second visit reads a page, switches the theme, searches and exports a
 * selection (no export was made online).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { parseBibtex } from '../../scripts/ingest/formats/bibtex.ts';
import { ramarioSlug, site } from '../helpers/seed-site.ts';
import { downloadFrom, libraryReady, selectFirst } from '../library/library-page.ts';

const RAMARIO = /^RAMario: Experimental Approach to Reptile Algorithm/;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

/** Entries of the service worker's cache, as paths. */
const cachedPaths = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});

beforeAll(async () => {
	server = await serveDist(site.dist, site.base);
	browser = await launchBrowser();
	context = await browser.newContext();
	// First visit, online: a paper page.
	const page = await context.newPage();
	await page.goto(`${server.url}papers/${ramarioSlug()}/`);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	const wanted = ['pagefind/pagefind.js', 'page.js', 'search-ui.js', 'search-terms.js', 'search/', 'offline/', `papers/${ramarioSlug()}/`, 'library-data.js', 'search-data.js'].map(
		(p) => `${site.base}${p}`,
	);
	// The worker caches in the background; wait until the page, the index and the export data are in.
	for (let tries = 0; ; tries++) {
		const paths = await cachedPaths(page);
		if (wanted.every((p) => paths.includes(p)) && paths.some((p) => p.endsWith('.pf_index'))) break;
		if (tries > 100) throw new Error(`the service worker cached only: ${paths.join(', ')}`);
		await page.waitForTimeout(200);
	}
	await page.close();
	await context.setOffline(true);
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.close();
});

describe('a second visit with the network cut', () => {
	it('really has no network', async () => {
		const page = await context.newPage();
		const ok = await page.evaluate((url) => fetch(url, { cache: 'no-store', mode: 'no-cors' }).then(() => true, () => false), 'http://127.0.0.1:9/');
		expect(ok).toBe(false);
		await page.close();
	});

	it('reads the visited paper page, styled', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}papers/${ramarioSlug()}/`);
		expect(await page.locator('h1').innerText()).toMatch(RAMARIO);
		const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
		expect(styled).toBe(true);
		await page.close();
	});

	it('runs page.js from its cache: the theme toggle switches', async () => {
		const page = await context.newPage();
		const fromWorker: boolean[] = [];
		page.on('response', (response) => response.url().endsWith('/page.js') && fromWorker.push(response.fromServiceWorker()));
		await page.goto(`${server.url}papers/${ramarioSlug()}/`);
		const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.locator('.theme-toggle').click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).not.toBeNull();
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(before);
		expect(fromWorker).toEqual([true]);
		await page.close();
	});

	it('searches from the search box with Pagefind', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}papers/${ramarioSlug()}/`);
		// The search client loads on the first focus of the box, from the worker's cache.
		await page.locator('#site-search').focus();
		await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
		await page.locator('#site-search').fill('Reptile');
		await page.locator('[data-search-box-results] .search-result').first().waitFor();
		expect((await page.locator('[data-search-box-results] .search-result__title').allInnerTexts())[0]).toMatch(RAMARIO);
		await page.close();
	});

	it('opens the search page with a query and finds the paper', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}search/?q=Reptile`);
		await page.locator('[data-search-status]', { hasText: /for “Reptile”/ }).waitFor();
		expect(await page.locator('[data-search-page]').getAttribute('data-engine')).toBe('pagefind');
		expect((await page.locator('[data-search-results] .search-result__title').allInnerTexts())[0]).toMatch(RAMARIO);
		await page.close();
	});

	it('suggests "reinforcement" for "reinfrocement" from the cached dictionary', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}search/?q=reinfrocement`);
		const suggestion = page.locator('[data-search-suggestion] a');
		await suggestion.waitFor();
		expect(await suggestion.innerText()).toBe('reinforcement');
		await page.close();
	});

	it('exports a selection as BibTeX, abstracts and all, with no export made online before', async () => {
		const page = await context.newPage();
		await page.goto(server.url);
		await libraryReady(page);
		const titles = await selectFirst(page, 3);
		const bib = await downloadFrom(page, /as BibTeX/);
		const read = parseBibtex(bib.text, bib.name);
		expect(read.diagnostics).toEqual([]);
		expect(read.papers.map((p) => p.title)).toEqual(titles);
		for (const paper of read.papers) expect(paper.abstract.length).toBeGreaterThan(100);
		expect(await page.locator('.library-bar__status').innerText()).toBe('Exported 3 papers as BibTeX.');
		await page.close();
	});

	it('opens a page never read as the offline notice, under its own address', async () => {
		const page = await context.newPage();
		const unvisited = `${server.url}topics/`;
		await page.goto(unvisited);
		expect(page.url()).toBe(unvisited);
		expect(await page.locator('h1').innerText()).toBe('You are offline');
		await page.close();
	});
});
