/**
 * axe-core in Chromium: no serious or critical accessibility violations on the home,
 * paper, topic, entity, search, all-papers and map pages, in the light and the dark theme, with
 * the reader's library (toolbar, select boxes, reading marks) on the pages with lists.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { samplePages, site } from '../helpers/seed-site.ts';

const web = useServedSite(site.dist, site.base);

const sample = samplePages();
const pages: [name: string, path: string][] = [
	['home', ''],
	['paper', `papers/${sample.paper}/`],
	['topic', `topics/${sample.topic}/`],
	...(sample.entity ? [['entity', `entities/${sample.entity}/`] as [string, string]] : []),
	['search', 'search/?q=reinforcement'],
	// The suggestion, the active-filter chips and an opened "more" list.
	['search with a typo and a filter', 'search/?q=reinfrocement&has+code=no'],
	// The mark filter from the address, and the whole result selected (its status message).
	['search with the whole result selected', 'search/?q=reinforcement&mark=unmarked'],
	['offline notice', 'offline/'],
	['all papers', 'papers/'],
	['map', 'map/'],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
	it.each(pages)('has no serious or critical violations on the %s page', async (_name, path) => {
		const context = await web.browser.newContext({ colorScheme: theme });
		// The theme toggle's stored choice, so the page's own theme switch is exercised too.
		await context.addInitScript((value) => localStorage.setItem('paperfold-theme', value), theme);
		const page = await context.newPage();
		await page.goto(`${web.server.url}${path}`);
		const typo = path.includes('reinfrocement');
		if (typo) {
			await page.locator('[data-search-suggestion] a').waitFor();
			await page.locator('[data-search-chips] .search-chip').first().waitFor();
			const more = page.locator('[data-search-facets] details summary');
			if (await more.count()) await more.first().click();
		} else if (path.startsWith('search/')) await page.locator('[data-search-results] .search-result .library-mark').first().waitFor();
		if (path === 'map/') {
			// A paper in focus: its edges drawn, linked dots and list rows marked, the note filled.
			await page.locator('.map-canvas svg > a').first().focus();
			await page.locator('.map-list li.is-focused').waitFor();
		} else if (!typo && path !== 'offline/' && (!path.startsWith('papers/') || path === 'papers/')) {
			// The library's widgets, with a selection and marks shown, are checked too.
			await page.locator('html[data-library-ready]').waitFor({ state: 'attached' });
			const marks = page.locator('[data-library-id] .library-mark');
			await marks.first().waitFor();
			await page.locator('[data-library-id] .library-pick').first().check();
			await marks.first().selectOption('read');
			if ((await marks.count()) > 1) await marks.nth(1).selectOption('to-read');
		}
		if (path.includes('mark=')) {
			await page.locator('.library-bar').getByRole('button', { name: 'Select all results' }).click();
			await page.locator('.library-bar__status', { hasText: /^Selected \d+ papers/ }).waitFor();
		}
		if (path === '') {
			// Check the header box with its live results open, highlights included (filling it
			// loads the search client).
			await page.locator('#site-search').fill('Reptile');
			await page.locator('[data-search-box-results] mark').first().waitFor();
		}
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
		const bad = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
		await context.close();
		expect(bad, bad.join('\n')).toEqual([]);
	});
});
