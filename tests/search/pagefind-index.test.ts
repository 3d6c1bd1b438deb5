/**
 * A real Pagefind search over the built index, through the generated `pagefind.js`
 * bundle in headless Chromium, exactly as the site's own search runs it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, toText } from '../helpers/html.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = inject('site');
const web = useServedSite(site.dist, site.base);

/** Runs `pagefind.search(query, options)` in a page of the site; returns result urls and titles. */
async function search(query: string, options: Record<string, unknown> = {}) {
	const page = await web.browser.newPage();
	await page.goto(web.server.url);
	// A string, not a function: Vitest would rewrite `import()` inside a function body.
	const results = await page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(`${web.server.url}pagefind/pagefind.js`)});
		await pagefind.init();
		const found = await pagefind.search(${JSON.stringify(query)}, ${JSON.stringify(options)});
		const top = await Promise.all(found.results.slice(0, 10).map(async (r) => {
			const data = await r.data();
			return { url: data.url, title: data.meta.title };
		}));
		return { total: found.results.length, top };
	})()`);
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

describe('pagefind result metadata', () => {
	it('carries the entities a paper names and the method it introduces', async () => {
		const page = await web.browser.newPage();
		await page.goto(web.server.url);
		const meta = (await page.evaluate(`(async () => {
			const pagefind = await import(${JSON.stringify(`${web.server.url}pagefind/pagefind.js`)});
			const found = await pagefind.search('Reptile');
			return (await found.results[0].data()).meta;
		})()`)) as Record<string, string>;
		await page.close();
		expect(meta.introduces).toBe('RAMario');
		expect(meta.entities?.split(' · ')).toEqual(expect.arrayContaining(['PPO', 'DQN', 'Reptile']));
	});
});

describe('what pagefind indexes of a paper page', () => {
	it('keeps the abstract once, and not the TL;DR, summary, claims or acronyms that quote it', async () => {
		const slug = readdirSync(join(site.dist, 'papers')).find((name) => name.startsWith('ramario'))!;
		const html = readPage(site.dist, `papers/${slug}/`);
		const abstract = toText(select('h2#abstract + p', html)!);
		const firstSentence = abstract.slice(0, abstract.indexOf('. ') + 1);
		const page = await web.browser.newPage();
		await page.goto(web.server.url);
		const content = (await page.evaluate(`(async () => {
			const pagefind = await import(${JSON.stringify(`${web.server.url}pagefind/pagefind.js`)});
			const found = await pagefind.search('Reptile');
			return (await found.results[0].data()).content;
		})()`)) as string;
		await page.close();
		expect(firstSentence.length).toBeGreaterThan(20);
		expect(content.split(firstSentence).length - 1).toBe(1);
		expect(content).not.toMatch(/TL;DR|Summary|Acronyms|Claims/);
	});
});
