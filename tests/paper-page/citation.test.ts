/**
 * The BibTeX copy button of a paper page in Chromium: added by the page's script (the page's
 * markup has none, as it would do nothing without one), it copies the entry, and where there is
 * no clipboard (as from file:// in some browsers) it selects the entry for Ctrl+C instead.
 */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';
import { select } from '../helpers/html.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const site = inject('site');
const web = useServedSite(site.dist, site.base);
const ramario = readPapersJson(site.dist).papers.find((p) => p.title.startsWith('RAMario'))!;

describe('the Copy BibTeX button', () => {
	it('is not in the page markup; the script adds it with its status line after the entry', async () => {
		const html = await (await fetch(`${web.server.url}papers/${ramario.id}/`)).text();
		expect(select('pre > code#bibtex', fromHtml(html))).toBeTruthy();
		expect(html).not.toMatch(/copy-button|copy-status|data-copy/);
		const page = await web.browser.newPage();
		await page.goto(`${web.server.url}papers/${ramario.id}/`);
		await page.locator('.cite > pre + button.copy-button + .copy-status[role="status"]').waitFor({ state: 'attached' });
		await page.close();
	});

	it('copies the BibTeX entry to the clipboard', async () => {
		const context = await web.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const page = await context.newPage();
		await page.goto(`${web.server.url}papers/${ramario.id}/`);
		await page.getByRole('button', { name: 'Copy BibTeX' }).click();
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.locator('#bibtex').textContent());
		expect(copied).toContain('RAMario');
		await context.close();
	});

	it('selects the entry when the browser offers no clipboard', async () => {
		const context = await web.browser.newContext();
		await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
		const page = await context.newPage();
		await page.goto(`${web.server.url}papers/${ramario.id}/`);
		await page.getByRole('button', { name: 'Copy BibTeX' }).click();
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Selected: press Ctrl+C (⌘C) to copy.');
		expect(await page.evaluate(() => getSelection()!.toString())).toBe(await page.locator('#bibtex').textContent());
		await context.close();
	});
});
