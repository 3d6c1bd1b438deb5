/**
 * The map page in a real browser with JavaScript turned off, on the built default site: the
 * graph is drawn by the HTML itself, a dot for every paper, and the list beside it has a
 * visible link to every paper.
 */
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const site = inject('site');
const papers = readPapersJson(site.dist).papers;
const web = useServedSite(site.dist, site.base);

describe('the map page without JavaScript', () => {
	it('shows the graph, a dot for every paper, and a visible link to every paper in the list', async () => {
		const context = await web.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${web.server.url}map/`);
		const svgBox = await page.locator('main svg').first().boundingBox();
		expect(svgBox?.width).toBeGreaterThan(100);
		expect(svgBox?.height).toBeGreaterThan(100);
		// A dot is a zero-length segment with round caps: drawn, though its path's box may be empty.
		const dots = await page.locator('main svg .map-dots path').evaluateAll((paths) =>
			paths.flatMap((p) => {
				const style = getComputedStyle(p);
				const drawn = style.visibility === 'visible' && style.strokeLinecap === 'round' && parseFloat(style.strokeWidth) >= 10;
				return drawn ? [...p.getAttribute('d')!.matchAll(/M/g)] : [];
			}).length,
		);
		expect(dots).toBe(papers.length);
		const visible = await page.locator('main .map-list a[href]').evaluateAll((links) =>
			links.filter((a) => {
				const box = a.getBoundingClientRect();
				return box.width > 0 && box.height > 0;
			}).map((a) => a.getAttribute('href')),
		);
		expect(new Set(visible.filter((h) => h!.includes('/papers/')))).toEqual(new Set(papers.map((p) => `${site.base}papers/${p.id}/`)));
		await context.close();
	});
});
