/**
 * Paper pages of the default site in Chromium (`inject('site')`): the abstract is printed once,
 * with only the TL;DR repeated at the top; every page links out to the paper.
 */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { site } from '../helpers/seed-site.ts';
import { readPapersJson } from '../helpers/site-data.ts';
import { latexToText } from '../../src/loaders/remark-latex-text.ts';
import { tldrText } from '../../src/shared/tldr-text.ts';
import { startsWithConnector } from '../../scripts/eval/score-tldr.ts';
import { searchLinks } from '../../src/lib/paper-links.ts';

const web = useServedSite(site.dist, site.base);
const papers = readPapersJson(site.dist).papers;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const occurrences = (text: string, part: string) => text.split(part).length - 1;
/** A sentence as the page shows it: LaTeX text markup resolved (`\oni` → "oni", `45\%` → "45%"). */
const shown = (text: string) => squash(latexToText(text));

describe('a paper page', () => {
	it('prints every abstract sentence but the TL;DR exactly once in its main text, and the TL;DR twice', async () => {
		const page = await web.browser.newPage();
		let sentences = 0;
		for (const paper of papers) {
			await page.goto(`${web.server.url}papers/${paper.id}/`);
			const main = squash(await page.locator('main').evaluate((el) => el.textContent ?? ''));
			// Maths (`$…$`) shows as KaTeX, whose text is not the source's: tests/maths checks it.
			if (paper.abstract.includes('$')) continue;
			const tldr = shown(paper.tldr!.text);
			for (const span of Object.values(paper.summary).flat()) {
				const sentence = shown(span.text);
				if (sentence === tldr) continue;
				expect(occurrences(main, sentence), `${paper.id}: "${sentence}"`).toBe(1);
				sentences++;
			}
			// Once at the top (its first word capitalised when the span starts mid-sentence), once
			// in bold in place in the abstract.
			const lead = shown(tldrText(paper.tldr!));
			expect(squash((await page.locator('.tldr-lead').textContent()) ?? ''), paper.id).toBe(lead);
			expect(occurrences(main, tldr), `${paper.id}: TL;DR`).toBe(lead === tldr ? 2 : 1);
			expect(squash(await page.locator('.prose strong').allTextContents().then((t) => t.join(''))), paper.id).toBe(tldr);
		}
		await page.close();
		expect(sentences).toBeGreaterThan(200);
	});

	it('shows a TL;DR that stands alone: no leading connector, on the page and in its description', async () => {
		const page = await web.browser.newPage();
		for (const paper of papers) {
			await page.goto(`${web.server.url}papers/${paper.id}/`);
			const lead = squash((await page.locator('.tldr-lead').textContent()) ?? '');
			expect(startsWithConnector(lead), `${paper.id}: ${lead}`).toBe(false);
			expect(lead.charAt(0), paper.id).not.toMatch(/\p{Ll}/u);
			// Maths shows as KaTeX on the page, as plain text in the description: tests/maths checks it.
			if (paper.tldr!.text.includes('$')) continue;
			const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
			expect(lead.startsWith(squash(description).replace(/…$/, '')), `${paper.id}: ${description}`).toBe(true);
		}
		await page.close();
	});

	it('labels each stretch of the abstract with its role, in place', async () => {
		const page = await web.browser.newPage();
		const ramario = papers.find((p) => p.title.startsWith('RAMario'))!;
		await page.goto(`${web.server.url}papers/${ramario.id}/`);
		const labels = await page.locator('h2#abstract + p .role').evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content));
		// One label where each run of sentences of one part begins, as the record places them.
		const parts = (['problem', 'approach', 'results'] as const).flatMap((part) => ramario.summary[part]!.map((span) => [(span as { start: number }).start, part] as const));
		const runs = parts.sort((a, b) => a[0] - b[0]).map(([, part]) => part).filter((part, i, all) => part !== all[i - 1]);
		expect(runs.length).toBeGreaterThan(1);
		expect(labels).toEqual(runs.map((part) => `"${part[0]!.toUpperCase()}${part.slice(1)}"`));
		await page.close();
	});

	it('links out to the paper on every page: arXiv, PDF and Hugging Face when the id is known, else title searches', async () => {
		const page = await web.browser.newPage();
		for (const paper of papers) {
			await page.goto(`${web.server.url}papers/${paper.id}/`);
			const hrefs = await page.locator('.paper-meta a[href^="http"]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
			const hosts = new Set(hrefs.map((h) => new URL(h).host));
			const arxivId = paper.arxivId as string | null;
			if (arxivId) {
				expect(hrefs, paper.id).toEqual(expect.arrayContaining([`https://arxiv.org/abs/${arxivId}`, `https://arxiv.org/pdf/${arxivId}`, `https://huggingface.co/papers/${arxivId}`]));
			} else {
				expect([...hosts], paper.id).toEqual(expect.arrayContaining(['arxiv.org', 'huggingface.co', 'www.semanticscholar.org']));
				const arxivSearch = new URL(hrefs.find((h) => h.startsWith('https://arxiv.org/search/'))!);
				expect(arxivSearch.searchParams.get('query'), paper.id).toBe(`"${squash(paper.title)}"`);
			}
		}
		await page.close();
	});

	it('writes only the arXiv title search into the page; page.js adds the other two, the same as searchLinks makes them', async () => {
		const withoutId = papers.filter((p) => !p.arxivId).slice(0, 8);
		expect(withoutId.length).toBeGreaterThan(0);
		const searchesOn = async (page: import('playwright-core').Page, paper: (typeof papers)[number]) => {
			await page.goto(`${web.server.url}papers/${paper.id}/`);
			return page.locator('.paper-meta a[href*="search"], .paper-meta a[href*="papers?q="]').evaluateAll((els) => els.map((el) => `${el.textContent} ${el.getAttribute('href')}`));
		};
		const noScript = await web.browser.newContext({ javaScriptEnabled: false });
		const plain = await noScript.newPage();
		const page = await web.browser.newPage();
		for (const paper of withoutId) {
			const expected = searchLinks(paper.title).map((l) => `${l.label} ${l.url}`);
			expect(await searchesOn(plain, paper), paper.id).toEqual(expected.slice(0, 1));
			expect(await searchesOn(page, paper), paper.id).toEqual(expected);
		}
		await noScript.close();
		await page.close();
	});

	it('links each entity once in the abstract, and keys only the marks the abstract has', async () => {
		const page = await web.browser.newPage();
		for (const paper of papers) {
			await page.goto(`${web.server.url}papers/${paper.id}/`);
			const entityHrefs = await page.locator('h2#abstract + p a[href*="/entities/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
			expect(new Set(entityHrefs).size, paper.id).toBe(entityHrefs.length);
			const key = await page.locator('.reading-key').textContent();
			expect(key?.includes('claims highlighted'), paper.id).toBe(paper.claims.length > 0);
			// Only acronyms whose marked text does not show the long form are dotted.
			const dotted = await page.locator('h2#abstract + p abbr[title]').count();
			expect(key?.includes('acronyms dotted'), paper.id).toBe(dotted > 0);
			expect(key?.startsWith('In the abstract: the TL;DR is bold'), paper.id).toBe(true);
		}
		await page.close();
	});
});
