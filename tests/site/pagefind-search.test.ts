/**
 * A real Pagefind search over the built index, through the generated `pagefind.js`
 * bundle in headless Chromium, exactly as the site's own search runs it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const site = inject('site');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await serveDist(site.dist, site.base);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Runs `pagefind.search(query, options)` in a page of the site; returns result urls and titles. */
async function search(query: string, options: Record<string, unknown> = {}) {
	const page = await browser.newPage();
	await page.goto(server.url);
	const results = await page.evaluate(
		async ({ bundle, query, options }) => {
			const pagefind = await import(bundle);
			await pagefind.init();
			const found = await pagefind.search(query, options);
			const top = await Promise.all(
				found.results.slice(0, 10).map(async (r: { data(): Promise<{ url: string; meta: { title: string } }> }) => {
					const data = await r.data();
					return { url: data.url, title: data.meta.title };
				}),
			);
			return { total: found.results.length as number, top };
		},
		{ bundle: `${server.url}pagefind/pagefind.js`, query, options },
	);
	await page.close();
	return results as { total: number; top: { url: string; title: string }[] };
}

describe('pagefind.search', () => {
	it('finds the RAMario paper first for "Reptile"', async () => {
		const { top } = await search('Reptile');
		expect(top[0]?.title).toMatch(/^RAMario: Experimental Approach to Reptile Algorithm/);
		expect(top[0]?.url).toMatch(new RegExp(`^${site.base}papers/ramario`));
	});

	it('narrows results with the year filter', async () => {
		const all = await search('reinforcement');
		const in2023 = await search('reinforcement', { filters: { year: '2023' } });
		expect(in2023.total).toBeGreaterThan(0);
		expect(in2023.total).toBeLessThan(all.total);
	});
});
