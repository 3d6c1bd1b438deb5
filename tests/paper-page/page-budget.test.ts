/**
 * The paper page's budget (issue 14), on every paper page of the built site: at most 8 kB
 * over gzip with the stylesheets and the script it links, written compacted, inline script only to restore the
 * theme before paint, and one deferred script file shared by every page, `page.js`. In
 * Chromium: the saved theme shows before that file has run, and the theme toggle switches
 * and keeps the theme with no further script file (the service worker's copy of `page.js`
 * is tested in tests/offline); without scripts the page keeps its styles and hides the
 * buttons that need one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineScriptBytes, linkedFiles } from '../../scripts/bench/dist-weight.ts';
import { compactHtml } from '../../src/lib/compact-html.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { pageDirs, ramarioSlug, site } from '../helpers/seed-site.ts';

const GZIP_BUDGET = 8000;
const INLINE_SCRIPT_BUDGET = 200;

const papers = pageDirs('papers').map((slug) => ({ slug, path: `papers/${slug}/index.html`, html: readFileSync(join(site.dist, 'papers', slug, 'index.html'), 'utf8') }));
const web = useServedSite(site.dist, site.base);

describe('every paper page', () => {
	it(`weighs at most ${GZIP_BUDGET} bytes over gzip with its stylesheets and script file`, () => {
		expect(papers.length).toBeGreaterThan(40);
		for (const { slug, path, html } of papers) {
			const files = linkedFiles(html, path, site.base);
			expect(files.length, slug).toBeGreaterThan(1);
			const bytes = gzipSync(html).length + files.reduce((sum, file) => sum + gzipSync(readFileSync(join(site.dist, file))).length, 0);
			expect(bytes, slug).toBeLessThanOrEqual(GZIP_BUDGET);
		}
	});

	it('is written compacted (src/middleware.ts): no end tag the next tag implies, no quotes a value does not need', () => {
		for (const { slug, html } of papers) {
			expect(html, slug).not.toMatch(/<\/li>|<\/dd>|<\/td>| (?:class|href|id)="[^"\s=<>`']+"/);
			expect(compactHtml(html), slug).toBe(html);
		}
	});

	it(`carries at most ${INLINE_SCRIPT_BUDGET} bytes of inline script, and one deferred script file relative to it: page.js`, () => {
		for (const { slug, html } of papers) {
			expect(inlineScriptBytes(html), slug).toBeLessThanOrEqual(INLINE_SCRIPT_BUDGET);
			expect(inlineScriptBytes(html), slug).toBeGreaterThan(0);
			const files = [...html.matchAll(/<script\b([^>]*)\ssrc="?([^"\s>]+)"?([^>]*)>/g)];
			expect(files.map((m) => m[2]), slug).toEqual(['../../page.js']);
			expect(`${files[0]![1]} ${files[0]![3]}`, slug).toMatch(/\bdefer\b/);
		}
	});
});

describe('a saved theme', () => {
	it('is on the page before its header is parsed, with the script file not loaded at all', async () => {
		const context = await web.browser.newContext({ colorScheme: 'light' });
		await context.addInitScript(() => {
			if (!localStorage.getItem('paperfold-theme')) localStorage.setItem('paperfold-theme', 'dark');
			// The theme when the header is first in the document: before it can be painted.
			new MutationObserver((_, observer) => {
				if (!document.querySelector('body > header')) return;
				document.documentElement.dataset.themeAtHeader = document.documentElement.dataset.theme ?? 'none';
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		const blocked: string[] = [];
		await context.route(/\/page\.js$/, (route) => (blocked.push(route.request().url()), route.abort()));
		const page = await context.newPage();
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		expect(blocked).toEqual([`${web.server.url}page.js`]);
		expect(await page.locator('html').getAttribute('data-theme-at-header')).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 20, 23)');
		await context.close();
	});
});

describe('the theme toggle', () => {
	it('switches to the theme it names and keeps it on the next page, with page.js fetched once', async () => {
		const context = await web.browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		const toggle = page.locator('.theme-toggle');
		expect(await toggle.innerText()).toBe('Dark theme');
		expect(scripts).toEqual([`${site.base}page.js`]);
		await toggle.click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(await toggle.innerText()).toBe('Light theme');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 20, 23)');
		await toggle.click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
		await toggle.click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(scripts, 'no script file fetched for the buttons').toEqual([`${site.base}page.js`]);
		await page.goto(`${web.server.url}topics/`);
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		await page.locator('.theme-toggle').click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
		expect(await page.locator('.theme-toggle').innerText()).toBe('Dark theme');
		await context.close();
	});
});

describe('a paper page without scripts', () => {
	it('keeps its styles and hides the theme toggle and the copy button', async () => {
		const context = await web.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/system-ui/);
		expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
		expect(await page.locator('.copy-button').isVisible()).toBe(false);
		// The contents list is made by page.js (tests/paper-page/contents-list.test.ts).
		expect(await page.locator('nav.toc').count()).toBe(0);
		await context.close();
	});
});
