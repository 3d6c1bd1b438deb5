/**
 * The map page's HTML, on the built default site (`inject('site')`, under a GitHub Pages
 * base path): an SVG drawing a dot for every paper, in the list's order (the map script makes
 * each dot the link of the list's row at its position; tests/map/map-focus.test.ts), each
 * cluster labelled with its topic, no edge drawn until a paper is focused, and a list of the
 * same papers grouped by cluster whose links lead to the paper pages.
 */
import { existsSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { href, readPapersJson, siteLinks } from '../helpers/site-data.ts';

const site = inject('site');
const base = site.base;
const collection = readPapersJson(site.dist);
const papers = collection.papers;
const topicTitle = new Map(collection.topics.map((t) => [t.id, t.title]));
const { paperHref, fileOf } = siteLinks(site.dist, base);
const page = () => readPage(site.dist, 'map/');
/** A dot path's centres, "M x yh0" each. */
const dotsOf = (path: Element) => [...String(path.properties.d).matchAll(/M(-?[\d.]+) (-?[\d.]+)h0/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** The list's groups: their heading's topic link, label, swatch colour and paper links. */
const groups = () =>
	selectAll('main nav.map-list section', page()).map((section) => {
		const h2 = select('h2', section)!;
		const topic = selectAll('a[href]', h2).map(href).find((h) => h.startsWith(`${base}topics/`));
		return {
			topic: topic?.slice(`${base}topics/`.length).replace(/\/$/, '') ?? null,
			label: toText(select('a', h2) ?? h2).trim(),
			colour: String(select('.swatch', h2)!.properties.style).replace(/^.*background\s*:\s*/, '').replace(/;.*$/, '').trim(),
			links: selectAll('li > a[href]', section).map(href),
		};
	});

describe('the map page', () => {
	it('draws an SVG in the HTML itself, a dot for every paper, one path per cluster of the list', () => {
		const svg = select('main svg', page());
		expect(svg).toBeDefined();
		const paths = selectAll('.map-dots path', svg!);
		expect(paths).toHaveLength(groups().length);
		expect(paths.map((p) => dotsOf(p).length)).toEqual(groups().map((g) => g.links.length));
		// No paper's link or title is written into the SVG: the list holds them once.
		expect(selectAll('a, title', svg!)).toEqual([]);
	});

	it('labels every cluster on the map with its topic’s title', () => {
		const labels = selectAll('main .map-labels span', page()).map((span) => toText(span).trim());
		const firstTopics = [...new Set(papers.map((p) => p.topics[0]!.id))];
		expect(new Set(labels)).toEqual(new Set(firstTopics.map((id) => topicTitle.get(id))));
	});

	it('draws no edge before a paper is focused', () => {
		expect(selectAll('main svg line', page())).toEqual([]);
		expect(select('main svg .map-edges', page())!.children).toEqual([]);
	});

	it('lists every paper once, under its first topic, linking to its page under the base path', () => {
		const all = groups();
		const listed = all.flatMap((g) => g.links);
		expect(listed.toSorted()).toEqual(papers.map((p) => paperHref(p.id)).toSorted());
		for (const link of listed) expect(existsSync(fileOf(link)), link).toBe(true);
		for (const group of all) {
			expect(group.label).toBe(topicTitle.get(group.topic!));
			for (const link of group.links) {
				const paper = papers.find((p) => paperHref(p.id) === link)!;
				expect(paper.topics[0]!.id, paper.id).toBe(group.topic);
			}
		}
	});

	it('colours each cluster’s dots as its swatch in the list, one colour per cluster', () => {
		const all = groups();
		expect(new Set(all.map((g) => g.colour)).size).toBe(all.length);
		expect(selectAll('main svg .map-dots path', page()).map((p) => p.properties.stroke)).toEqual(all.map((g) => g.colour));
	});

	it('gives the map script each dot’s links: its related papers among them', () => {
		const tree = page();
		const script = select('script#map-links', tree)!;
		const links = JSON.parse((script.children[0] as { value: string }).value) as number[][];
		// Dot i is the list's row i.
		const dots = selectAll('main nav.map-list li > a[href]', tree).map(href);
		expect(links).toHaveLength(dots.length);
		for (const paper of papers) {
			const i = dots.indexOf(paperHref(paper.id));
			const linked = new Set(links[i]!.map((l) => dots[l < 0 ? ~l : l]));
			for (const r of paper.related) if (papers.some((p) => p.id === r.id)) expect(linked, `${paper.id} – ${r.id}`).toContain(paperHref(r.id));
		}
	});
});
