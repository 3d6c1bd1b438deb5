/**
 * The paper page's budget (issue 14), on every paper page of the built site: at most 8 kB
 * over gzip with the stylesheets it links, at most 1.5 kB of inline script, and no script
 * file. In Chromium: the theme toggle switches and keeps the theme, fetching its one small
 * script file only when pressed, and without scripts the page keeps its styles and hides the
 * buttons that need one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inlineScriptBytes, linkedFiles } from '../../scripts/bench/dist-weight.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { pageDirs, ramarioSlug, site } from '../helpers/seed-site.ts';

const GZIP_BUDGET = 8000;
const INLINE_SCRIPT_BUDGET = 1500;

const papers = pageDirs('papers').map((slug) => ({ slug, path: `papers/${slug}/index.html`, html: readFileSync(join(site.dist, 'papers', slug, 'index.html'), 'utf8') }));
const web = useServedSite(site.dist, site.base);

describe('every paper page', () => {
	it(`weighs at most ${GZIP_BUDGET} bytes over gzip with its stylesheets`, () => {
		expect(papers.length).toBeGreaterThan(40);
		for (const { slug, path, html } of papers) {
			const styles = linkedFiles(html, path, site.base);
			expect(styles.length, slug).toBeGreaterThan(0);
			const bytes = gzipSync(html).length + styles.reduce((sum, file) => sum + gzipSync(readFileSync(join(site.dist, file))).length, 0);
			expect(bytes, slug).toBeLessThanOrEqual(GZIP_BUDGET);
		}
	});

	it(`carries at most ${INLINE_SCRIPT_BUDGET} bytes of inline script and links no script file`, () => {
		for (const { slug, html } of papers) {
			expect(inlineScriptBytes(html), slug).toBeLessThanOrEqual(INLINE_SCRIPT_BUDGET);
			expect(inlineScriptBytes(html), slug).toBeGreaterThan(0);
			expect(html, slug).not.toMatch(/<script\b[^>]*\ssrc=/);
		}
	});
});

describe('the theme toggle', () => {
	it('switches to the theme it names and keeps it on the next page', async () => {
		const context = await web.browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
		await page.goto(`${web.server.url}papers/${ramarioSlug()}/`);
		const toggle = page.locator('.theme-toggle');
		expect(await toggle.innerText()).toBe('Dark theme');
		expect(scripts).toEqual([]);
		await toggle.click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(scripts).toEqual([`${site.base}page-buttons.js`]);
		expect(await toggle.innerText()).toBe('Light theme');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 20, 23)');
		await toggle.click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
		await toggle.click();
		await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
		expect(scripts, 'fetched once, then kept').toHaveLength(1);
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
		expect(await page.locator('nav.toc a[href="#abstract"]').isVisible()).toBe(true);
		await context.close();
	});
});
