/**
 * The code facet as a reader sees it, in Chromium over HTTP (Pagefind) and from `file://`
 * (the offline data): its values read "With code" and "Without code" with their counts, a
 * ticked value shows as a chip of the same words, and the address keeps the plain value.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchPageOrigins, useServedSite } from '../helpers/served-site.ts';
import { site } from '../helpers/seed-site.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const papers = readPapersJson(site.dist).papers;
const withCode = papers.filter((p) => p.links.some((l) => l.kind === 'code')).length;

const served = useServedSite(site.dist, site.base, { allowFileAccessFromFiles: false });
const origins = searchPageOrigins(site.dist, served);

/** The code facet's fieldset. */
const codeFacet = (page: Page) => page.locator('[data-search-facets] fieldset', { has: page.locator('legend', { hasText: /^Code$/ }) });

describe.each(Object.entries(origins))('the code facet over %s', (_name, searchUrl) => {
	it('reads "With code" and "Without code", and a ticked value is a chip of the same words', async () => {
		// The seed holds papers of both kinds, or the facet would show one value.
		expect(withCode).toBeGreaterThan(0);
		expect(withCode).toBeLessThan(papers.length);
		const page = await served.browser.newPage();
		await page.goto(`${searchUrl()}?q=learning`);
		await page.locator('[data-search-status]', { hasText: /for “learning”/ }).waitFor();
		const labels = (await codeFacet(page).locator('label').allInnerTexts()).map((t) => t.replace(/\s+\d+$/, '').trim());
		expect(labels.sort()).toEqual(['With code', 'Without code']);
		const without = codeFacet(page).locator('input[value="no"]');
		const shown = Number(await codeFacet(page).locator('label', { has: page.locator('input[value="no"]') }).locator('.search-facet__count').innerText());
		await without.check();
		const chip = page.locator('[data-search-chips] .search-chip[data-facet="has code"]');
		await chip.waitFor();
		expect(await chip.innerText()).toBe('Without code ×');
		expect(await chip.getAttribute('aria-label')).toBe('Remove filter Without code');
		expect(new URL(page.url()).searchParams.get('has code')).toBe('no');
		await page.locator('[data-search-status]', { hasText: new RegExp(`^${shown} papers? for “learning”$`) }).waitFor();
		await page.close();
	});
});
