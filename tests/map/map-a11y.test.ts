/**
 * axe-core in Chromium on the map page, in the light and the dark theme: no serious or
 * critical violation, as the page loads and with a paper in focus (edges drawn, linked
 * dots and list rows marked, the note naming its links).
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { site } from '../helpers/seed-site.ts';

const web = useServedSite(site.dist, site.base);

describe.each(['light', 'dark'] as const)('the map in the %s theme', (theme) => {
	it.each([false, true])('has no serious or critical violations (a paper in focus: %s)', async (focused) => {
		const context = await web.browser.newContext({ colorScheme: theme });
		await context.addInitScript((value) => localStorage.setItem('paperfold-theme', value), theme);
		const page = await context.newPage();
		await page.goto(`${web.server.url}map/`, { waitUntil: 'networkidle' });
		if (focused) {
			await page.locator('.map-canvas svg > a').first().focus();
			await page.locator('.map-list li.is-focused').waitFor();
		}
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
		const bad = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
		await context.close();
		expect(bad, bad.join('\n')).toEqual([]);
	});
});
