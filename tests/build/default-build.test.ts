/**
 * The default build, as a researcher runs it: 47 paper pages, topic pages, a home page
 * and a Pagefind index, all under a GitHub Pages base path.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlFiles, readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readSearchFragments } from '../helpers/site-data.ts';

const site = inject('site');

const dirsWithIndex = (dir: string) =>
	readdirSync(join(site.dist, dir), { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(site.dist, dir, d.name, 'index.html')))
		.map((d) => d.name);

describe('the default build', () => {
	// The seed holds 47 complete cards plus GoRL, whose card has a title and an abstract but
	// lost its author and date lines in the copy: 48 papers, none dropped.
	it('writes one page per paper of the seed', () => {
		expect(dirsWithIndex('papers')).toHaveLength(48);
		expect(readdirSync(join(site.root, 'content/papers')).filter((f) => f.endsWith('.mdx'))).toHaveLength(48);
	});

	it('writes a topics index and at least eight topic pages', () => {
		expect(existsSync(join(site.dist, 'topics/index.html'))).toBe(true);
		expect(dirsWithIndex('topics').length).toBeGreaterThanOrEqual(8);
	});

	it('writes a home page and a Pagefind index', () => {
		expect(existsSync(join(site.dist, 'index.html'))).toBe(true);
		expect(existsSync(join(site.dist, 'pagefind/pagefind.js'))).toBe(true);
		expect(readdirSync(join(site.dist, 'pagefind/fragment')).length).toBeGreaterThanOrEqual(48);
	});

	it('reports how many papers it read', () => {
		expect(site.stdout).toMatch(/48 papers read, 0 skipped/);
	});
});

describe('a paper page', () => {
	const slug = dirsWithIndex('papers').find((s) => s.startsWith('ramario'));
	const page = () => readPage(site.dist, `papers/${slug}/`);

	it('has the paper title as its heading and document title', () => {
		const title = 'RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario';
		expect(slug).toBeDefined();
		expect(toText(select('h1', page())!).trim()).toBe(title);
		expect(toText(select('title', page())!)).toContain(title);
	});

	it('links to its topics under the base path', () => {
		const topicLinks = selectAll('a[href]', page())
			.map((a) => String(a.properties.href))
			.filter((href) => href.startsWith(`${site.base}topics/`) && href !== `${site.base}topics/`);
		expect(topicLinks.length).toBeGreaterThanOrEqual(1);
		for (const href of topicLinks) {
			const topic = href.slice(`${site.base}topics/`.length).replace(/\/$/, '');
			expect(existsSync(join(site.dist, 'topics', topic, 'index.html'))).toBe(true);
		}
	});

	it('is in the search index with its topic and year filters and its abstract', () => {
		const fragment = readSearchFragments(join(site.dist, 'pagefind')).get(`/papers/${slug}/`)!;
		expect(fragment.filters.topic?.length).toBeGreaterThanOrEqual(1);
		expect(fragment.filters.year).toEqual([expect.stringMatching(/^\d{4}$/)]);
		expect(fragment.content).toContain('Full code is available at https://github.com/s4nyam/RAMario.');
		expect(toText(select('article', page())!)).toContain('Full code is available at https://github.com/s4nyam/RAMario.');
	});

	it('links the code repository found in the abstract', () => {
		const hrefs = selectAll('a[href]', page()).map((a) => String(a.properties.href));
		expect(hrefs).toContain('https://github.com/s4nyam/RAMario');
	});
});

describe('pages built under a base path', () => {
	it('resolve every internal href and src under the base', () => {
		const offenders: string[] = [];
		for (const file of listHtmlFiles(site.dist)) {
			const tree = readPage(site.dist, file);
			for (const el of selectAll('[href], [src]', tree)) {
				const url = String(el.properties.href ?? el.properties.src);
				// External (scheme:, //host), fragments and data: are fine. Internal links are root-relative
				// or relative to the page (stylesheets and icon, so they also load from file://): either way
				// they must resolve under the base.
				if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) continue;
				const resolved = new URL(url, `http://site.test${site.base}${file}`).pathname;
				if (!resolved.startsWith(site.base)) offenders.push(`${file}: ${url}`);
			}
		}
		expect(offenders).toEqual([]);
	});
});
