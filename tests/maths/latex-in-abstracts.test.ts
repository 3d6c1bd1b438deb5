/**
 * LaTeX left in abstracts, on built sites: `$…$` and `\(…\)` typeset by KaTeX at build time
 * (no script, stylesheet and fonts from the site itself, also from `file://`), escapes shown
 * as their characters, unknown macros as their names and never as entities, while
 * `papers.json` keeps the source text.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const fixture = join(import.meta.dirname, 'fixtures/maths-abstract.txt');
const site = inject('site');

let built: BuiltSite;
let server: StaticServer;
let browser: Browser;
let slug: string;

beforeAll(async () => {
	built = buildSite({ args: ['--source', fixture] });
	[slug] = readdirSync(join(built.dist, 'papers'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name) as [string];
	server = await serveDist(built.dist, '/');
	browser = await launchBrowser({ allowFileAccessFromFiles: true });
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (built) removeCopy(built.root);
});

/** The paper page's abstract paragraph. */
const abstractOf = (dist: string, id: string) => select('h2#abstract + p', readPage(dist, `papers/${id}/`))!;

describe('maths in an abstract', () => {
	it('is KaTeX markup in the built HTML, with the TeX kept as its annotation', () => {
		const abstract = abstractOf(built.dist, slug);
		const tex = selectAll('.katex annotation[encoding="application/x-tex"]', abstract).map((node) => toText(node));
		expect(tex).toEqual(['\\alpha', '\\eta_t = 1/\\sqrt{t}', '\\epsilon']);
		expect(toText(abstract)).not.toContain('$\\alpha$');
		// "$5 and $10" is money, not maths.
		expect(toText(abstract)).toContain('It costs $5 and $10 per run');
	});

	it('loads no script for the maths (only the shared page.js every page loads), and KaTeX stylesheet and fonts from the site', async () => {
		const page = await browser.newPage();
		const requests: { url: string; type: string }[] = [];
		page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
		await page.goto(`${server.url}papers/${slug}/`);
		await page.evaluate(() => document.fonts.ready);
		// Maths is typeset at build time: the one script is page.js, which every page loads.
		expect(requests.filter((r) => r.type === 'script').map((r) => r.url)).toEqual([`${server.url}page.js`]);
		expect(requests.every((r) => r.url.startsWith(server.url))).toBe(true);
		expect(requests.map((r) => r.url)).toContain(`${server.url}katex/katex.min.css`);
		expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Math', 'α'))).toBe(true);
		const mathFont = await page.locator('h2#abstract + p .katex .mathnormal').first().evaluate((node) => getComputedStyle(node).fontFamily);
		expect(mathFont).toContain('KaTeX_Math');
		await page.close();
	});

	it('is typeset from file:// too', async () => {
		const page = await browser.newPage();
		await page.goto(pathToFileURL(join(built.dist, 'papers', slug, 'index.html')).href);
		const mathFont = await page.locator('h2#abstract + p .katex .mathnormal').first().evaluate((node) => getComputedStyle(node).fontFamily);
		expect(mathFont).toContain('KaTeX_Math');
		await page.close();
	});

	it('leaves pages without maths without KaTeX stylesheet', () => {
		const clutr = readPage(site.dist, 'papers/clutr-curriculum-learning-via-unsupervised-task-representation-learning/');
		expect(selectAll('link[rel="stylesheet"]', clutr).some((link) => String(link.properties.href).includes('katex'))).toBe(false);
	});
});

describe('LaTeX text escapes and macros', () => {
	it('shows 45\\% as "45%" on the CLUTR page, in the abstract and the claims table', () => {
		const page = readPage(site.dist, 'papers/clutr-curriculum-learning-via-unsupervised-task-representation-learning/');
		const text = toText(select('article', page)!);
		expect(toText(abstractOf(site.dist, 'clutr-curriculum-learning-via-unsupervised-task-representation-learning'))).toContain('45% improvement');
		expect(selectAll('table td', page).map((td) => toText(td))).toContain('45%');
		expect(text).not.toContain('45\\%');
	});

	it('shows \\oni by its name, without its backslash, and makes no entity of it', () => {
		const id = 'online-intrinsic-rewards-for-decision-making-agents-from-large-language-model';
		const abstract = abstractOf(site.dist, id);
		expect(toText(abstract)).toContain('We propose oni, a distributed architecture');
		expect(toText(select('article', readPage(site.dist, `papers/${id}/`))!)).not.toContain('\\oni');
		expect(selectAll('a', abstract).map((a) => toText(a))).not.toContain('oni');
	});

	it('resolves \\& and keeps "~30" (about) as written in the fixture', () => {
		const text = toText(abstractOf(built.dist, slug));
		expect(text).toContain('the R&D cost falls');
		expect(text).toContain('which is ~30% of the budget');
		expect(text).toContain('We propose tsmethod, a regulariser');
	});

	it('keeps the source text in papers.json', () => {
		const oni = readPapersJson(site.dist).papers.find((p) => p.id.startsWith('online-intrinsic-rewards'))!;
		expect(oni.abstract).toContain('We propose \\oni,');
		expect(oni.entities.map((e) => e.name)).not.toContain('ONI');
		const [paper] = readPapersJson(built.dist).papers;
		expect(paper!.abstract).toContain('an $\\alpha$-divergence with step size \\(\\eta_t = 1/\\sqrt{t}\\)');
		expect(paper!.abstract).toContain('45\\% over PPO');
	});
});
