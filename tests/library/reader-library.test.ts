/**
 * The reader's library in Chromium on the built site, served under its base path: a
 * selection exported as BibTeX, RIS and CSL-JSON that the project's own input formats read
 * back; reading marks that survive a reload, show in every list and filter it; marks
 * exported and imported as a file; and paper pages that still load no script file.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBibtex } from '../../scripts/ingest/formats/bibtex.ts';
import { parseCslJson } from '../../scripts/ingest/formats/csl-json.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { ramarioSlug, site } from '../helpers/seed-site.ts';
import { downloadFrom, libraryReady, selectFirst, shownIds } from './library-page.ts';

const web = useServedSite(site.dist, site.base);
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
	context = await web.browser.newContext();
	page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => context.close());

describe('a three-paper selection on the all-papers table', () => {
	let titles: string[];
	beforeAll(async () => {
		await page.goto(`${web.server.url}papers/`);
		await libraryReady(page);
		titles = await selectFirst(page, 3);
	});

	it('counts the selection in the toolbar', async () => {
		expect(await page.locator('.library-bar__summary').innerText()).toMatch(/^3 papers selected/);
	});

	it('exports as BibTeX that the project’s BibTeX format reads back, titles and all', async () => {
		const { name, text } = await downloadFrom(page, /as BibTeX/);
		expect(name).toBe('paperfold-selection.bib');
		const { papers, diagnostics } = parseBibtex(text, name);
		expect(diagnostics).toEqual([]);
		expect(papers.map((p) => p.title)).toEqual(titles);
		expect(papers.every((p) => p.abstract.length > 20)).toBe(true);
	});

	it('exports as CSL-JSON that the project’s CSL-JSON format reads back', async () => {
		const { name, text } = await downloadFrom(page, /as CSL-JSON/);
		expect(name).toBe('paperfold-selection.json');
		const { papers, diagnostics } = parseCslJson(text, name);
		expect(diagnostics).toEqual([]);
		expect(papers.map((p) => p.title)).toEqual(titles);
	});

	it('exports as RIS, one record per paper', async () => {
		const { name, text } = await downloadFrom(page, /as RIS/);
		expect(name).toBe('paperfold-selection.ris');
		const records = text.split(/\r\nER {2}- \r\n/).filter((r) => r.trim());
		expect(records).toHaveLength(3);
		expect(records.map((r) => /^TI {2}- (.*)$/m.exec(r)?.[1]?.trim())).toEqual(titles.map((t) => t.replace(/\s+/g, ' ')));
	});

	it('keeps the selection across pages: the home page shows the same papers ticked', async () => {
		await page.goto(web.server.url);
		await libraryReady(page);
		expect(await page.locator('.library-bar__summary').innerText()).toMatch(/^3 papers selected/);
		await page.locator('.library-bar').getByRole('button', { name: 'Clear selection' }).click();
		expect(await page.locator('.library-pick:checked').count()).toBe(0);
	});
});

describe('reading marks', () => {
	let read: string;
	let toRead: string;
	beforeAll(async () => {
		await page.goto(web.server.url);
		await libraryReady(page);
		[read, toRead] = (await shownIds(page)) as [string, string];
		await page.locator(`[data-library-id="${read}"] .library-mark`).selectOption('read');
		await page.locator(`[data-library-id="${toRead}"] .library-mark`).selectOption('to-read');
	});

	it('survive a reload', async () => {
		await page.reload();
		await libraryReady(page);
		expect(await page.locator(`[data-library-id="${read}"] .library-mark`).inputValue()).toBe('read');
		expect(await page.locator(`[data-library-id="${toRead}"] .library-mark`).inputValue()).toBe('to-read');
	});

	it('are stored under a key namespaced by the site’s base path', async () => {
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys).toContain(`paperfold-library:${site.base}`);
	});

	it('show in the all-papers table and filter it', async () => {
		await page.goto(`${web.server.url}papers/`);
		await libraryReady(page);
		const total = (await shownIds(page)).length;
		expect(await page.locator(`tr[data-library-id="${read}"]`).getAttribute('data-library-mark')).toBe('read');
		const show = page.locator('.library-bar').getByLabel('Show');
		await show.selectOption('read');
		expect(await shownIds(page)).toEqual([read]);
		await show.selectOption('unmarked');
		expect((await shownIds(page)).length).toBe(total - 2);
		await show.selectOption('');
		expect((await shownIds(page)).length).toBe(total);
	});

	it('show in the search page’s results', async () => {
		await page.goto(`${web.server.url}search/?q=reinforcement`);
		await page.locator('[data-search-results] [data-library-id]').first().waitFor();
		const marked = page.locator('[data-search-results] [data-library-mark]');
		await expect.poll(() => marked.count()).toBeGreaterThan(0);
		const ids = await marked.evaluateAll((items) => items.map((i) => `${(i as HTMLElement).dataset.libraryId}=${(i as HTMLElement).dataset.libraryMark}`));
		for (const entry of ids) expect([`${read}=read`, `${toRead}=to-read`]).toContain(entry);
	});

	it('filter by the address: the mark filter is in the URL, so reload, Back and a shared link restore it', async () => {
		await page.goto(`${web.server.url}papers/`);
		await libraryReady(page);
		const total = (await shownIds(page)).length;
		const show = page.locator('.library-bar').getByLabel('Show');
		await show.selectOption('read');
		expect(new URL(page.url()).searchParams.get('mark')).toBe('read');
		expect(await shownIds(page)).toEqual([read]);
		await page.reload();
		await libraryReady(page);
		expect(await show.inputValue()).toBe('read');
		expect(await shownIds(page)).toEqual([read]);
		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.has('mark')).toBe(false);
		expect(await show.inputValue()).toBe('');
		expect((await shownIds(page)).length).toBe(total);
		const shared = await context.newPage();
		await shared.goto(`${web.server.url}papers/?mark=to-read`);
		await libraryReady(shared);
		expect(await shownIds(shared)).toEqual([toRead]);
		await shared.close();
	});

	it('keep the mark filter in the search page’s address as the search runs', async () => {
		await page.goto(`${web.server.url}search/?q=reinforcement&mark=unmarked`);
		await page.locator('[data-search-status]', { hasText: /for “reinforcement”/ }).waitFor();
		await page.locator('[data-search-results] [data-library-id]').first().waitFor();
		expect(await page.locator('.library-bar').getByLabel('Show').inputValue()).toBe('unmarked');
		const url = new URL(page.url());
		expect([url.searchParams.get('q'), url.searchParams.get('mark')]).toEqual(['reinforcement', 'unmarked']);
		const shown = await page.locator('[data-search-results] [data-library-id]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.libraryMark ?? ''));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.every((mark) => mark === '')).toBe(true);
	});

	it('export to a file that imports them back into an empty library', async () => {
		await page.goto(`${web.server.url}papers/`);
		await libraryReady(page);
		const { name, text } = await downloadFrom(page, 'Export marks');
		expect(name).toBe('paperfold-marks.json');
		expect(JSON.parse(text).marks).toEqual({ [read]: 'read', [toRead]: 'to-read' });
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await libraryReady(page);
		expect(await page.locator('[data-library-mark]').count()).toBe(0);
		await page.locator('.library-bar input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
		await page.locator('.library-bar__status', { hasText: 'Imported 2 marks' }).waitFor();
		expect(await page.locator(`tr[data-library-id="${read}"]`).getAttribute('data-library-mark')).toBe('read');
	});

	it('refuses a file that is not a marks file, saying why', async () => {
		await page.locator('.library-bar input[type=file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('[1]') });
		await page.locator('.library-bar__status', { hasText: 'notes.json is not a paperfold marks file' }).waitFor();
		expect(await page.locator('[data-library-mark]').count()).toBe(2);
	});
});

describe('the timeline', () => {
	it('puts the toolbar above its year groups, not inside the first month', async () => {
		await page.goto(`${web.server.url}timeline/`);
		await libraryReady(page);
		const inside = await page.locator('.library-bar').evaluate((bar) => bar.closest('.timeline') !== null);
		expect(inside).toBe(false);
		const [barTop, firstYearTop] = await Promise.all([
			page.locator('.library-bar').evaluate((bar) => bar.getBoundingClientRect().top),
			page.locator('.timeline h2').first().evaluate((heading) => heading.getBoundingClientRect().top),
		]);
		expect(barTop).toBeLessThan(firstYearTop);
		expect(await page.locator('[data-library-bar]').count()).toBe(0);
	});
});

describe('selecting a search result', () => {
	it('selects every paper of the result, not only the rendered first page, and says how many', async () => {
		await page.goto(`${web.server.url}search/?q=reinforcement`);
		const status = page.locator('[data-search-status]', { hasText: /papers for “reinforcement”/ });
		await status.waitFor();
		const total = Number(/^(\d+)/.exec(await status.innerText())![1]);
		await page.locator('[data-search-results] [data-library-id]').first().waitFor();
		const rendered = await page.locator('[data-search-results] [data-library-id]').count();
		expect(rendered).toBeLessThan(total);
		const bar = page.locator('.library-bar');
		await bar.getByRole('button', { name: 'Clear selection' }).click();
		await bar.getByRole('button', { name: 'Select all results' }).click();
		await bar.locator('.library-bar__status', { hasText: `Selected ${total} papers: the whole search result.` }).waitFor();
		expect(await bar.locator('.library-bar__summary').innerText()).toMatch(new RegExp(`^${total} papers selected`));
		const selected = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).selection as string[], `paperfold-library:${site.base}`);
		expect(new Set(selected).size).toBe(total);
		await bar.getByRole('button', { name: 'Clear selection' }).click();
	});
});

describe('a paper page', () => {
	it('loads no library script: page.js, shared by every page, is its one script file', async () => {
		const scripts: string[] = [];
		const paper = await context.newPage();
		paper.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
		await paper.goto(`${web.server.url}papers/${ramarioSlug()}/`, { waitUntil: 'load' });
		await paper.close();
		expect(scripts).toEqual([`${web.server.url}page.js`]);
	});
});

describe('the pages', () => {
	it('raise no script errors', () => {
		expect(errors).toEqual([]);
	});
});
