/**
 * The search page's filters as a reader uses them, over HTTP: a facet's "more" list stays
 * open once a value in it is ticked, active filters show as chips that clear them, and
 * Back after a filter change restores the previous search.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { site } from '../helpers/seed-site.ts';

const web = useServedSite(site.dist, site.base);
let page: Page;

const status = (p: Page) => p.locator('[data-search-status]');
const count = async () => Number((await status(page).innerText()).match(/^(\d+)/)?.[1] ?? NaN);
const titles = () => page.locator('[data-search-results] .search-result__title').allInnerTexts();
/** The first facet with a folded "more" list. */
const folded = () => page.locator('[data-search-facets] fieldset:has(details)').first();

describe('the search page filters', () => {
	beforeAll(async () => {
		page = await web.browser.newPage();
		await page.goto(`${web.server.url}search/?q=reinforcement`);
		await status(page).filter({ hasText: /for “reinforcement”/ }).waitFor();
	});
	afterAll(() => page.close());

	it('keeps a facet\u2019s "more" list open after a value in it is ticked, and shows the filter as a chip', async () => {
		const before = await count();
		await folded().locator('details summary').click();
		const box = folded().locator('details input').first();
		const value = (await box.getAttribute('value'))!;
		await box.check();
		await expect.poll(count).toBeLessThan(before);
		expect(await folded().locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await folded().locator(`details input[value="${value}"]`).isChecked()).toBe(true);
		expect(await page.locator('[data-search-chips] .search-chip').first().innerText()).toContain(value);
	});

	it('goes Back to the results before the filter, and Forward to the filtered ones', async () => {
		const filtered = await titles();
		const filteredUrl = page.url();
		await page.goBack();
		await expect.poll(() => page.url()).toBe(`${web.server.url}search/?q=reinforcement`);
		await expect.poll(() => page.locator('[data-search-chips] .search-chip').count()).toBe(0);
		await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(filtered.length);
		await page.goForward();
		await expect.poll(() => page.url()).toBe(filteredUrl);
		await expect.poll(titles, { timeout: 15_000 }).toEqual(filtered);
	});

	it('clears a filter with its chip, and every filter with "Clear all"', async () => {
		const all = await (async () => {
			await page.locator('[data-search-chips] .search-chip').first().click();
			await expect.poll(() => page.locator('[data-search-chips] .search-chip').count()).toBe(0);
			await expect.poll(count).toBeGreaterThan(0);
			return count();
		})();
		expect(new URL(page.url()).searchParams.getAll('topic').length + new URL(page.url()).searchParams.getAll('entity').length).toBe(0);
		const boxes = page.locator('[data-search-facets] fieldset > label input');
		await boxes.nth(0).check();
		await expect.poll(() => page.locator('[data-search-chips] .search-chip').count()).toBe(2);
		await page.locator('[data-search-chips] .search-chip--clear').click();
		await expect.poll(count).toBe(all);
		expect([...new URL(page.url()).searchParams.keys()]).toEqual(['q']);
	});
});
