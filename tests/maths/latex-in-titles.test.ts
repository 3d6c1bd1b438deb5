/**
 * LaTeX in a paper's title, on a site built from the maths fixture under a base path: the
 * title is typeset by KaTeX wherever a page shows it (the paper's h1, the listings), and is
 * plain readable text where only text fits (`<title>`, the description, the feed, search data),
 * while BibTeX keeps the maths for LaTeX.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readSearchData, readSearchFragments } from '../helpers/site-data.ts';

const fixture = join(import.meta.dirname, 'fixtures/maths-abstract.txt');
const BASE = '/paperfold/';
const PLAIN = 'Typeset Maths: Scaling α-Divergences for Policy Learning';

let built: BuiltSite;
let slug: string;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
	built = buildSite({ args: ['--source', fixture], env: { BASE_PATH: BASE, SITE_URL: 'https://example.github.io' } });
	[slug] = readdirSync(join(built.dist, 'papers'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) as [string];
	server = await serveDist(built.dist, BASE);
	browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (built) removeCopy(built.root);
});

const texOf = (node: Parameters<typeof selectAll>[1]) => selectAll('.katex annotation[encoding="application/x-tex"]', node).map((n) => toText(n));
// Linked relative to the page (`../../katex/katex.min.css`), so it loads from file:// too.
const linksKatex = (page: ReturnType<typeof readPage>) => selectAll('head link[rel="stylesheet"]', page).some((l) => /^(\.\/|(\.\.\/)+)katex\/katex\.min\.css$/.test(String(l.properties.href)));

describe('maths in a title', () => {
	it('is KaTeX markup in the paper page h1, and the page links KaTeX’s stylesheet', () => {
		const page = readPage(built.dist, `papers/${slug}/`);
		const h1 = select('h1', page)!;
		expect(texOf(h1)).toEqual(['\\alpha']);
		expect(toText(h1)).not.toContain('$');
		expect(linksKatex(page)).toBe(true);
	});

	it('is plain text in <title>, the description and the search title', () => {
		const page = readPage(built.dist, `papers/${slug}/`);
		expect(toText(select('title', page)!)).toBe(`${PLAIN} · paperfold`);
		// The description is the TL;DR, whose maths ("below $\epsilon$") is text there too.
		expect(select('meta[name="description"]', page)!.properties.content).toMatch(/below ϵ\.$/);
		expect(readSearchFragments(join(built.dist, 'pagefind')).get(`/papers/${slug}/`)?.meta.title).toBe(PLAIN);
	});

	it('is KaTeX markup in the listings, each linking KaTeX’s stylesheet', () => {
		for (const path of ['', 'papers/', 'timeline/', 'map/']) {
			const page = readPage(built.dist, path);
			const link = selectAll(`main a[href="${BASE}papers/${slug}/"]`, page).find((a) => texOf(a).length > 0);
			expect(link, path || 'home').toBeDefined();
			expect(texOf(link!)).toEqual(['\\alpha']);
			expect(linksKatex(page), path || 'home').toBe(true);
		}
		// A page showing no title does not load it.
		expect(linksKatex(readPage(built.dist, 'entities/'))).toBe(false);
	});

	it('is plain text in the offline search data, which keeps no TeX of it', () => {
		const data = readSearchData(built.dist);
		expect(data.papers.map((row) => row[1])).toContain(PLAIN);
		expect(JSON.stringify(data)).not.toContain('Scaling $\\\\alpha$');
	});

	it('is plain text in the feed, and maths for LaTeX in BibTeX', () => {
		const feed = readFileSync(join(built.dist, 'feed.xml'), 'utf8');
		expect(feed).toContain(`<title>${PLAIN}</title>`);
		const bibtex = toText(select('#bibtex', readPage(built.dist, `papers/${slug}/`))!);
		expect(bibtex).toContain('title = {{Typeset Maths: Scaling $\\alpha$-Divergences for Policy Learning}}');
	});
});

describe('a typeset title in the browser', () => {
	it('shows α in KaTeX’s font in the h1, served under the base path', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}papers/${slug}/`);
		const h1 = page.locator('h1');
		expect(await h1.innerText()).toContain('α');
		expect(await h1.locator('.katex .mathnormal').first().evaluate((n) => getComputedStyle(n).fontFamily)).toContain('KaTeX_Math');
		await page.close();
	});

	it('names its dot on the map in plain text, taken from the typeset title in the list', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}map/`, { waitUntil: 'networkidle' });
		const dot = page.locator(`.map-canvas svg > a[href="${BASE}papers/${slug}/"]`);
		expect(await dot.locator('title').textContent()).toBe(PLAIN);
		await page.close();
	});
});
