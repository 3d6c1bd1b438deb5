/**
 * Screenshots of the home, a paper, a topic and a search at desktop and phone widths,
 * saved to artifacts/screenshots/ (not committed) for people to look at; the test
 * itself checks that nothing is wider than the phone's screen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { samplePages, site } from '../helpers/seed-site.ts';

const OUT = join(projectRoot, 'artifacts/screenshots');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	mkdirSync(OUT, { recursive: true });
	server = await serveDist(site.dist, site.base);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const sample = samplePages();
const shots: [name: string, path: string][] = [
	['home', ''],
	['paper', `papers/${sample.paper}/`],
	['topic', `topics/${sample.topic}/`],
	['search', 'search/?q=reinforcement'],
	['map', 'map/'],
];

describe('the dark theme', () => {
	it('keeps the header search results readable', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 700 }, colorScheme: 'dark' });
		await page.goto(server.url);
		await page.locator('#site-search').fill('Reptile');
		await page.locator('[data-search-box-results] .search-result').first().waitFor();
		await page.screenshot({ path: join(OUT, 'search-box-dark-1280.png') });
		const [fg, bg] = await page.locator('[data-search-box-results]').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
		await page.close();
		expect(fg).not.toBe(bg);
	});
});

describe.each([1280, 360])('at %i px wide', (width) => {
	it.each(shots)('shows the %s page without horizontal scrolling', async (name, path) => {
		const page = await browser.newPage({ viewport: { width, height: width > 600 ? 900 : 780 } });
		await page.goto(`${server.url}${path}`);
		if (name === 'search') await page.locator('[data-search-results] .search-result').first().waitFor();
		await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
		if (name === 'home') {
			// The header search box with live results open (filling it loads the search client).
			await page.locator('#site-search').fill('Reptile');
			await page.locator('[data-search-box-results] .search-result').first().waitFor();
			await page.screenshot({ path: join(OUT, `search-box-${width}.png`) });
		}
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await page.close();
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
