/**
 * The map in Chromium, on the built default site under its base path and from `file://`:
 * no edge until a paper is focused; focusing a dot (keyboard), hovering a title in the list
 * or tapping a dot draws that paper's edges and no other; the first tap on a dot shows it,
 * the second opens it; the list's links lead to the paper pages.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const site = inject('site');
const papers = readPapersJson(site.dist).papers;
const web = useServedSite(site.dist, site.base);
const paperPath = (id: string) => `${site.base}papers/${id}/`;
// A paper with related papers, so it has edges to draw.
const paper = papers.find((p) => p.related.length >= 2)!;
const titleOf = (id: string) => papers.find((p) => p.id === id)!.title;

/** The map's state in the page: its lines' end points (as "x,y"), and each dot's centre by href. */
async function mapState(page: Page) {
	return page.evaluate(() => {
		const centres: Record<string, string> = {};
		for (const a of document.querySelectorAll('.map-canvas svg > a')) {
			const c = a.querySelector('circle')!;
			centres[new URL((a as SVGAElement).href.baseVal, location.href).pathname] = `${c.getAttribute('cx')},${c.getAttribute('cy')}`;
		}
		const lines = [...document.querySelectorAll('.map-canvas svg line')].map((l) => [`${l.getAttribute('x1')},${l.getAttribute('y1')}`, `${l.getAttribute('x2')},${l.getAttribute('y2')}`]);
		return { centres, lines };
	});
}

/** Expects every line to join `id`'s dot to another, and each related paper's dot to be joined. */
async function expectEdgesOf(page: Page, id: string, pathOf: (id: string) => string) {
	const { centres, lines } = await mapState(page);
	const own = centres[pathOf(id)]!;
	expect(lines.length).toBeGreaterThan(0);
	for (const [a, b] of lines) expect([a, b], `a line not touching ${id}`).toContain(own);
	const ends = new Set(lines.map(([a, b]) => (a === own ? b : a)));
	for (const r of papers.find((p) => p.id === id)!.related) expect(ends, r.id).toContain(centres[pathOf(r.id)]);
}

const openMap = async () => {
	const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`${web.server.url}map/`, { waitUntil: 'networkidle' });
	return page;
};
const dot = (page: Page, id: string) => page.locator(`.map-canvas svg > a[href="${paperPath(id)}"]`);
const listLink = (page: Page, id: string) => page.locator(`.map-list li > a[href="${paperPath(id)}"]`);

describe('the map in a browser', () => {
	it('shows every cluster label whole inside the map, however long its topic title', async () => {
		const page = await openMap();
		const boxes = await page.evaluate(() => {
			const canvas = document.querySelector('.map-canvas')!.getBoundingClientRect();
			return [...document.querySelectorAll('.map-labels span')].map((span) => {
				const box = span.getBoundingClientRect();
				return { label: span.textContent, inside: box.top >= canvas.top && box.bottom <= canvas.bottom, lines: Math.round(box.height / parseFloat(getComputedStyle(span).lineHeight)) };
			});
		});
		expect(boxes.length).toBeGreaterThan(1);
		for (const box of boxes) {
			expect(box.inside, box.label!).toBe(true);
			expect(box.lines, box.label!).toBeLessThanOrEqual(2);
		}
	});

	it('draws no edge until a paper is focused, then only that paper’s', async () => {
		const page = await openMap();
		expect((await mapState(page)).lines).toEqual([]);
		await dot(page, paper.id).focus();
		await expectEdgesOf(page, paper.id, paperPath);
		expect(await listLink(page, paper.id).evaluate((a) => a.parentElement!.classList.contains('is-focused'))).toBe(true);
		expect(await page.locator('.map-focus').innerText()).toContain(titleOf(paper.related[0]!.id).slice(0, 20));
		await page.keyboard.press('Escape');
		expect((await mapState(page)).lines).toEqual([]);
		await page.close();
	});

	it('focuses a paper on the map from the list, by keyboard or by pointer', async () => {
		const page = await openMap();
		const other = papers.find((p) => p.id !== paper.id && p.related.length > 0)!;
		await listLink(page, other.id).focus();
		await expectEdgesOf(page, other.id, paperPath);
		await listLink(page, paper.id).hover();
		await expectEdgesOf(page, paper.id, paperPath);
		await page.close();
	});

	it('shows a tapped dot first and opens its paper on the second tap', async () => {
		const page = await openMap();
		await dot(page, paper.id).click();
		expect(new URL(page.url()).pathname).toBe(`${site.base}map/`);
		await expectEdgesOf(page, paper.id, paperPath);
		await Promise.all([page.waitForURL(`**${paperPath(paper.id)}`), dot(page, paper.id).click()]);
		expect(await page.locator('h1').innerText()).toContain(paper.title.split(/[$\\]/)[0]!.trim().slice(0, 20));
		await page.close();
	});

	it('leads from the list to the paper pages under the base path', async () => {
		const page = await openMap();
		await Promise.all([page.waitForURL(`**${paperPath(paper.id)}`), listLink(page, paper.id).click()]);
		expect(new URL(page.url()).pathname).toBe(paperPath(paper.id));
		expect(await page.locator('h1').innerText()).toContain(paper.title.slice(0, 20));
		await page.close();
	});

	it('works from file:// too', async () => {
		const browser = await launchBrowser({ allowFileAccessFromFiles: true });
		const page = await browser.newPage();
		await page.goto(pathToFileURL(join(site.dist, 'map', 'index.html')).href);
		await page.waitForFunction(() => [...document.scripts].some((s) => s.src.endsWith('map.js')));
		await page.waitForLoadState('networkidle');
		// Links may be repointed for the disk; the dot is found by the end of its link.
		const index = await page.evaluate((tail) => [...document.querySelectorAll('.map-canvas svg > a')].findIndex((a) => (a as SVGAElement).href.baseVal.includes(tail)), `papers/${paper.id}/`);
		await page.locator('.map-canvas svg > a').nth(index).focus();
		const { lines } = await mapState(page);
		expect(lines.length).toBeGreaterThanOrEqual(paper.related.length);
		await browser.close();
	});
});
