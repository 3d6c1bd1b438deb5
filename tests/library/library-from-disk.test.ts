/**
 * The reader's library on the built site opened from disk (`file://`), in Chromium without
 * `--allow-file-access-from-files`, as a reader's browser runs: exports load their citation
 * data with a classic script, and marks persist in the file origin's localStorage under a key
 * namespaced by the site's folder.
 */
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { parseBibtex } from '../../scripts/ingest/formats/bibtex.ts';
import { parseCslJson } from '../../scripts/ingest/formats/csl-json.ts';
import { site } from '../helpers/seed-site.ts';
import { downloadFrom, libraryReady, selectFirst, shownIds } from './library-page.ts';

const fileUrl = (path: string) => pathToFileURL(join(site.dist, path)).href;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser({ allowFileAccessFromFiles: false });
	page = await (await browser.newContext()).newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(fileUrl('papers/index.html'));
	await libraryReady(page);
});
afterAll(() => browser?.close());

describe('the reader’s library opened from file://', () => {
	it('exports a three-paper selection as BibTeX and CSL-JSON that the project’s formats read back', async () => {
		const titles = await selectFirst(page, 3);
		const bib = await downloadFrom(page, /as BibTeX/);
		const fromBib = parseBibtex(bib.text, bib.name);
		expect(fromBib.diagnostics).toEqual([]);
		expect(fromBib.papers.map((p) => p.title)).toEqual(titles);
		const csl = await downloadFrom(page, /as CSL-JSON/);
		expect(parseCslJson(csl.text, csl.name).papers.map((p) => p.title)).toEqual(titles);
		const ris = await downloadFrom(page, /as RIS/);
		expect(ris.text.match(/^TY {2}- /gm)).toHaveLength(3);
	});

	it('keeps a read mark across a reload and shows it on another page’s list', async () => {
		const [id] = (await shownIds(page)) as [string];
		await page.locator(`[data-library-id="${id}"] .library-mark`).selectOption('read');
		await page.reload();
		await libraryReady(page);
		expect(await page.locator(`[data-library-id="${id}"] .library-mark`).inputValue()).toBe('read');
		await page.goto(fileUrl('index.html'));
		await libraryReady(page);
		expect(await page.locator(`li[data-library-id="${id}"]`).getAttribute('data-library-mark')).toBe('read');
		await page.locator('.library-bar').getByLabel('Show').selectOption('read');
		expect(await shownIds(page)).toEqual([id]);
	});

	it('stores the library under a key naming the site’s folder on disk', async () => {
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys).toContain(`paperfold-library:${pathToFileURL(site.dist).pathname}/`);
	});

	it('keeps the mark filter in the address from disk too', async () => {
		expect(new URL(page.url()).searchParams.get('mark')).toBe('read');
		await page.reload();
		await libraryReady(page);
		expect(await page.locator('.library-bar').getByLabel('Show').inputValue()).toBe('read');
		await page.locator('.library-bar').getByLabel('Show').selectOption('');
	});

	it('selects every paper of a search result, not only the rendered first page', async () => {
		await page.goto(`${fileUrl('search/index.html')}?q=reinforcement`);
		const status = page.locator('[data-search-status]', { hasText: /papers for “reinforcement”/ });
		await status.waitFor();
		const total = Number(/^(\d+)/.exec(await status.innerText())![1]);
		await page.locator('[data-search-results] [data-library-id]').first().waitFor();
		expect(await page.locator('[data-search-results] [data-library-id]').count()).toBeLessThan(total);
		const bar = page.locator('.library-bar');
		await bar.getByRole('button', { name: 'Clear selection' }).click();
		await bar.getByRole('button', { name: 'Select all results' }).click();
		await bar.locator('.library-bar__status', { hasText: `Selected ${total} papers: the whole search result.` }).waitFor();
		expect(await bar.locator('.library-bar__summary').innerText()).toMatch(new RegExp(`^${total} papers selected`));
	});

	it('raises no script errors', () => {
		expect(errors).toEqual([]);
	});
});
