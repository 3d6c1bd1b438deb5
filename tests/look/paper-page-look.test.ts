/**
 * How a paper page looks, in Chromium on the built default site: one sans family for text and
 * interface (no serif fallback), the claims table readable at 360 px with no column cut off,
 * the title kept whole around "--", and a stylesheet within its share of the page budget.
 * Screenshots at 1280 and 360 px, light and dark, go to artifacts/screenshots/look/ (not
 * committed) for people to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';
import { readPage, selectAll } from '../helpers/html.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = inject('site');
const context = useServedSite(site.dist, site.base);
const OUT = join(projectRoot, 'artifacts/screenshots/look');
const CLUTR = 'papers/clutr-curriculum-learning-via-unsupervised-task-representation-learning/';
const DASHED = 'papers/closing-the-gap-between-td-learning-and-supervised-learning-a-generalisation/';
/** "… Reptile Algorithm -- Reinforcement Learning for Mario": its "--" fell at a line end at 360 px. */
const RAMARIO = 'papers/ramario-experimental-approach-to-reptile-algorithm-reinforcement-learning-for/';

describe('a paper page', () => {
	it('sets text and interface in one sans-serif family', async () => {
		const page = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${context.server.url}${CLUTR}`);
		const fonts = await page.evaluate(() =>
			['h2#abstract + p', 'body > header .brand', 'table td', 'h1'].map((selector) => getComputedStyle(document.querySelector(selector)!).fontFamily),
		);
		expect(new Set(fonts).size).toBe(1);
		expect(fonts[0]).not.toMatch(/(?<!sans-)serif\s*$|Times|Georgia|Palatino/i);
		await page.close();
	});

	it('shows every claims-table cell inside a 360 px screen, in light and dark', async () => {
		mkdirSync(OUT, { recursive: true });
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await context.browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme });
			await page.goto(`${context.server.url}${CLUTR}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			const cells = await page.locator('.prose td').evaluateAll((tds) =>
				tds.map((td) => {
					const box = td.getBoundingClientRect();
					return { text: td.textContent, left: box.left, right: box.right, scrolled: td.closest('table')!.scrollWidth > td.closest('table')!.clientWidth };
				}),
			);
			expect(cells.length).toBeGreaterThan(0);
			for (const cell of cells) {
				expect(cell.left, cell.text!).toBeGreaterThanOrEqual(0);
				expect(cell.right, cell.text!).toBeLessThanOrEqual(360);
				expect(cell.scrolled, cell.text!).toBe(false);
			}
			await page.locator('#claims').scrollIntoViewIfNeeded();
			await page.screenshot({ path: join(OUT, `claims-360-${colorScheme}.png`) });
			await page.close();
		}
	});

	it('keeps "--" in a title with the word before it, at 1280 and 360 px', async () => {
		for (const [path, width] of [DASHED, RAMARIO].flatMap((p) => [[p, 1280], [p, 360]] as const)) {
			const page = await context.browser.newPage({ viewport: { width, height: 800 } });
			await page.goto(`${context.server.url}${path}`);
			// Each line of the h1 as the text its line boxes hold: none may start with "--".
			const lines = await page.evaluate(() => {
				const h1 = document.querySelector('h1')!;
				const range = document.createRange();
				const byTop = new Map<number, string>();
				// Every text node of the title, in order (parts of it may sit in spans).
				const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
				for (let text = walker.nextNode(); text; text = walker.nextNode()) {
					for (let i = 0; i < text.textContent!.length; i++) {
						range.setStart(text, i);
						range.setEnd(text, i + 1);
						const top = Math.round(range.getBoundingClientRect().top);
						byTop.set(top, (byTop.get(top) ?? '') + text.textContent![i]);
					}
				}
				return [...byTop.values()].map((line) => line.trim());
			});
			expect(lines.join(' ')).toContain('--');
			for (const line of lines) expect(line.startsWith('-'), lines.join(' | ')).toBe(false);
			await page.screenshot({ path: join(OUT, `title-${path === DASHED ? 'dashed' : 'ramario'}-${width}.png`) });
			await page.close();
		}
	});

	it('takes screenshots at 1280 and 360 px, light and dark', async () => {
		for (const width of [1280, 360]) {
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await context.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
				await page.goto(`${context.server.url}${CLUTR}`);
				await page.screenshot({ path: join(OUT, `paper-${width}-${colorScheme}.png`), fullPage: true });
				await page.close();
			}
		}
	});

	it('keeps its stylesheet within 3.5 kB gzip, the stylesheet\'s share of the 8 kB page budget', () => {
		const links = selectAll('link[rel="stylesheet"]', readPage(site.dist, CLUTR)).map((link) => String(link.properties.href));
		expect(links.length).toBeGreaterThan(0);
		// Linked relative to the page (so they load from file:// too), or based.
		const css = links.map((href) => readFileSync(href.startsWith('/') ? join(site.dist, href.slice(site.base.length)) : join(site.dist, CLUTR, href)));
		expect(css.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0)).toBeLessThanOrEqual(3.5 * 1024);
	});
});
