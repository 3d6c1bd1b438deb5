/**
 * A paper page's "On this page" list in Chromium (`inject('site')`): not written into the page
 * but made by `page.js` (src/client/page/contents-list.ts) from the page's own headings — the
 * same `nav.toc`, labelled by its title, first in the layout, beside the text on wide screens
 * and above it on phones; on pages with fewer sections, and without scripts, none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, selectAll } from '../helpers/html.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { pageDirs, ramarioSlug, site } from '../helpers/seed-site.ts';
import { textContent } from '../helpers/site-data.ts';

const web = useServedSite(site.dist, site.base);
const slugs = pageDirs('papers');

/** The sections a contents list names, from the page as written: its h2s but the Hugging Face summary's and a note's own. */
function sectionsOf(slug: string): string[] {
	const page = readPage(site.dist, `papers/${slug}/`);
	const inNote = new Set(selectAll('.notes .prose h2', page));
	return selectAll('.paper h2[id]', page)
		.filter((h) => h.properties.id !== 'hf-summary' && !inNote.has(h))
		.map((h) => `#${String(h.properties.id)} ${textContent(h).trim()}`);
}

describe('the contents list of a paper page', () => {
	it('is not written into the page, which marks only whether it wants one', () => {
		expect(slugs.length).toBeGreaterThan(40);
		for (const slug of slugs) {
			const html = readFileSync(join(site.dist, 'papers', slug, 'index.html'), 'utf8');
			expect(html, slug).not.toContain('On this page');
			expect(html, slug).toMatch(/class="?paper-layout/);
		}
	});

	it('is made by page.js from the page’s headings on every page with six sections or more, and on no other', async () => {
		const page = await web.browser.newPage();
		let made = 0;
		for (const slug of slugs) {
			await page.goto(`${web.server.url}papers/${slug}/`);
			const wanted = sectionsOf(slug);
			const nav = page.locator('.paper-layout > nav.toc');
			if (wanted.length < 6) {
				expect(await nav.count(), slug).toBe(0);
				continue;
			}
			made++;
			expect(await page.locator('.paper-layout > :first-child').evaluate((el) => el.matches('nav.toc')), slug).toBe(true);
			expect(await nav.getAttribute('aria-labelledby'), slug).toBe('toc-title');
			expect(await page.locator('nav.toc > p#toc-title').textContent(), slug).toBe('On this page');
			const links = await nav.locator('ol > li > a').evaluateAll((els) => els.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
			expect(links, slug).toEqual(wanted);
		}
		expect(made).toBeGreaterThan(20);
		await page.close();
	});

	it('names RAMario’s sections in reading order, a column beside the text at 1280 px and a line above it at 390 px', async () => {
		const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		const names = await page.locator('nav.toc a').allTextContents();
		expect(names.slice(0, 2)).toEqual(['TL;DR', 'Entities']);
		expect(names).toEqual(expect.arrayContaining(['Abstract', 'Keyphrases', 'Related papers', 'Cite']));
		const [toc, article] = await Promise.all([page.locator('nav.toc').boundingBox(), page.locator('article.paper').boundingBox()]);
		expect(toc!.x).toBeGreaterThan(article!.x + article!.width - 1);
		await page.setViewportSize({ width: 390, height: 800 });
		const [narrowToc, narrowArticle] = await Promise.all([page.locator('nav.toc').boundingBox(), page.locator('article.paper').boundingBox()]);
		expect(narrowToc!.y + narrowToc!.height).toBeLessThanOrEqual(narrowArticle!.y + 1);
		await page.locator('nav.toc a[href="#cite"]').click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#cite');
		await page.close();
	});

	it('is absent without scripts, the page reading the same', async () => {
		const context = await web.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		expect(await page.locator('nav.toc').count()).toBe(0);
		expect(await page.locator('h2#abstract').isVisible()).toBe(true);
		await context.close();
	});
});
