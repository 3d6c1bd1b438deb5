/**
 * The map page, on the built default site (`inject('site')`, under a
 * GitHub Pages base path): the map page — an SVG in the HTML linking every paper, lines for
 * related papers and papers sharing an entity, dots coloured by first topic as the legend says.
 */
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, selectAll } from '../helpers/html.ts';
import { collectEntities, href, readPapersJson, siteLinks } from '../helpers/site-data.ts';

const site = inject('site');
const base = site.base;
const papers = readPapersJson(site.dist).papers;
const byId = new Map(papers.map((p) => [p.id, p]));
const entities = collectEntities(papers);
const { paperHref, fileOf } = siteLinks(site.dist, base);

describe('the map page', () => {
	const page = () => readPage(site.dist, 'map/');

	it('draws an SVG in the HTML itself with a link to every paper page', () => {
		const svg = select('main svg', page());
		expect(svg).toBeDefined();
		const nodeLinks = selectAll('a[href]', svg!).map(href);
		expect(new Set(nodeLinks)).toEqual(new Set(papers.map((p) => paperHref(p.id))));
		for (const link of nodeLinks) expect(existsSync(fileOf(link)), link).toBe(true);
	});

	it('lists every paper as a plain link too', () => {
		const listed = selectAll('main ul a[href]', page()).map(href);
		for (const paper of papers) expect(listed, paper.id).toContain(paperHref(paper.id));
	});

	it('links related papers, and papers sharing an entity, by lines between their dots', () => {
		const tree = page();
		const dot = new Map<string, string>();
		for (const a of selectAll('main svg a[href]', tree)) {
			const circle = select('circle', a)!;
			dot.set(href(a).slice(`${base}papers/`.length).replace(/\/$/, ''), `${circle.properties.cx},${circle.properties.cy}`);
		}
		const lines = new Set<string>();
		for (const line of selectAll('main svg line', tree)) {
			const [a, b] = [`${line.properties.x1},${line.properties.y1}`, `${line.properties.x2},${line.properties.y2}`];
			lines.add(`${a} ${b}`).add(`${b} ${a}`);
		}
		const joined = (x: string, y: string) => lines.has(`${dot.get(x)} ${dot.get(y)}`);
		for (const paper of papers) for (const r of paper.related) expect(joined(paper.id, r.id), `${paper.id} – ${r.id}`).toBe(true);
		// Two papers that are the only ones naming an entity are joined, related or not.
		let pairs = 0;
		for (const entity of entities.values()) {
			if (entity.papers.size !== 2) continue;
			const [x, y] = [...entity.papers] as [string, string];
			expect(joined(x, y), `${entity.type}/${entity.id}: ${x} – ${y}`).toBe(true);
			pairs++;
		}
		expect(pairs).toBeGreaterThan(0);
	});

	it('colours each paper by its first topic, one colour per topic, as the legend says', () => {
		const legend = new Map<string, string>();
		for (const li of selectAll('main .legend li, main [aria-label="Topic colours"] li', page())) {
			const topic = selectAll('a[href]', li).map(href).find((h) => h.startsWith(`${base}topics/`));
			const swatch = selectAll('[style]', li).map((el) => String(el.properties.style)).find((s) => /background/.test(s));
			if (topic && swatch) legend.set(topic.slice(`${base}topics/`.length).replace(/\/$/, ''), swatch.replace(/^.*background(?:-color)?\s*:\s*/, '').replace(/;.*$/, '').trim());
		}
		const firstTopics = new Set(papers.map((p) => p.topics[0]!.id));
		expect(new Set(legend.keys())).toEqual(firstTopics);
		expect(new Set(legend.values()).size).toBe(legend.size);
		for (const a of selectAll('main svg a[href]', page())) {
			const paper = byId.get(href(a).slice(`${base}papers/`.length).replace(/\/$/, ''))!;
			const fill = selectAll('[fill]', a).map((el) => String(el.properties.fill))[0];
			expect(fill, paper.id).toBe(legend.get(paper.topics[0]!.id));
		}
	});
});
