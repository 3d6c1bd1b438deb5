/**
 * A paper's metadata on a site built from a BibTeX listing: a consortium's long author list
 * shows its first names and folds the rest into a disclosure that needs no script (opened in
 * Chromium, every name reads on in the same list); the journal is shown as the venue; the
 * citation names every author and the journal, as an article.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { AUTHORS_SHOWN } from '../../src/lib/text.ts';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/consortium-authors.bib');
const BASE = '/reading/';

let built: BuiltSite;
let server: StaticServer;
let browser: Browser;
let slug: string;
let authors: string[];

beforeAll(async () => {
	built = buildSite({ args: ['--source', FIXTURE], env: { BASE_PATH: BASE } });
	const [paper] = readPapersJson(built.dist).papers;
	slug = paper!.id;
	authors = paper!.authors as string[];
	server = await serveDist(built.dist, BASE);
	browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (built) removeCopy(built.root);
});

/** The Authors entry of the paper page's meta list. */
const authorsEntry = () => select('dl.paper-meta dt:first-child + dd', readPage(built.dist, `papers/${slug}/`))!;

describe('a paper with more authors than the page shows at once', () => {
	it('shows the first names and folds the rest behind "and N more"', () => {
		expect(authors).toHaveLength(36);
		const entry = authorsEntry();
		const folded = select('details.more-authors', entry)!;
		expect(toText(select('summary', folded)!).trim()).toBe(`and ${36 - AUTHORS_SHOWN} more`);
		const text = toText(entry);
		expect(text.startsWith(authors.slice(0, AUTHORS_SHOWN).join(', '))).toBe(true);
		expect(toText(folded)).toContain(authors.slice(AUTHORS_SHOWN).join(', '));
	});

	it('still cites every author', () => {
		const bibtex = toText(select('code#bibtex', readPage(built.dist, `papers/${slug}/`))!);
		expect(bibtex).toContain('and Jana Dvorak}');
		expect(bibtex.match(/ and /g)).toHaveLength(35);
	});
});

describe('a paper the listing names a journal for', () => {
	it('shows the journal as its venue and cites it as an article in that journal', () => {
		const page = readPage(built.dist, `papers/${slug}/`);
		const terms = selectAll('dl.paper-meta > dt', page).map((dt) => toText(dt));
		const values = selectAll('dl.paper-meta > dd', page).map((dd) => toText(dd));
		expect(values[terms.indexOf('Venue')]).toBe('Journal of Invented Urban Studies');
		const bibtex = toText(select('code#bibtex', page)!);
		expect(bibtex).toMatch(/^@article\{okafor2021walking,/);
		expect(bibtex).toContain('journal = {Journal of Invented Urban Studies}');
	});

	it('opens in Chromium to every name in one run of text, in the source order', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}papers/${slug}/`);
		const entry = page.locator('dl.paper-meta dd').first();
		const shown = () => entry.evaluate((dd) => (dd as HTMLElement).innerText);
		expect(await shown()).toBe(`${authors.slice(0, AUTHORS_SHOWN).join(', ')} and ${36 - AUTHORS_SHOWN} more`);
		await entry.getByText(`and ${36 - AUTHORS_SHOWN} more`).click();
		expect(await shown()).toBe(authors.join(', '));
		await page.close();
	});
});
