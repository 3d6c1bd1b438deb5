/**
 * Entity pages, on the built default site (`inject('site')`, under a
 * GitHub Pages base path): the entity index of each type and one page per entity of
 * `papers.json` that two papers or more name, listing the papers that mention it, with its
 * claims table and that table's CSV download; none for an entity one paper names, which the
 * indexes link to that paper; and the entity names and types paper pages carry as Pagefind filters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { readPage, select, selectAll } from '../helpers/html.ts';
import { collectEntities, ENTITY_TYPES as TYPES, hasPage, href, parseCsv, readPapersJson, readSearchFragments, siteLinks, textContent } from '../helpers/site-data.ts';

const site = inject('site');
const base = site.base;
const papers = readPapersJson(site.dist).papers;
const entities = collectEntities(papers);
const { paperHref, listedHref, fileOf } = siteLinks(site.dist, base);
const withPages = [...entities].filter(([, e]) => hasPage(e));

/** The `<ul>`/`<table>` etc. that follows `<h2 id=…>` on a page. */
function afterHeading(page: ReturnType<typeof readPage>, id: string): Element | undefined {
	return select(`h2#${id} ~ *`, page) ?? undefined;
}

describe('the entity pages', () => {
	it.each(TYPES)('have an index for the %s type linking every entity of that type: to its page, or to its one paper', (type) => {
		const page = readPage(site.dist, `entities/${type}/`);
		const links = new Set(selectAll('main a[href]', page).map(href));
		const ofType = [...entities.values()].filter((e) => e.type === type);
		expect(ofType.length).toBeGreaterThan(0);
		for (const e of ofType) expect(links, `${type}/${e.id}`).toContain(listedHref(e));
	});

	it.each([
		['method', 'lora'],
		['algorithm', 'ppo'],
		['model', 'llama2-7b'],
		['dataset', 'minigrid'],
	])('include /entities/%s/%s/, listing the papers that mention it', (type, id) => {
		const entity = entities.get(`${type}/${id}`);
		expect(entity, `${type}/${id} in papers.json`).toBeDefined();
		const list = afterHeading(readPage(site.dist, `entities/${type}/${id}/`), 'papers');
		expect(selectAll('a[href]', list!).map(href).sort()).toEqual([...entity!.papers].map(paperHref).sort());
	});

	it('exist for every entity of papers.json two papers or more name, and list exactly the papers that mention it', () => {
		const wrong: string[] = [];
		for (const [key, entity] of entities) {
			const file = join(site.dist, 'entities', key, 'index.html');
			if (!hasPage(entity)) {
				if (existsSync(file) || existsSync(join(site.dist, 'entities', key, 'claims.csv'))) wrong.push(`${key}: a page, though one paper names it`);
				continue;
			}
			if (!existsSync(file)) {
				wrong.push(`${key}: no page`);
				continue;
			}
			const list = afterHeading(readPage(site.dist, `entities/${key}/`), 'papers');
			const listed = list ? selectAll('a[href]', list).map(href).sort() : [];
			const expected = [...entity.papers].map(paperHref).sort();
			if (JSON.stringify(listed) !== JSON.stringify(expected)) wrong.push(`${key}: lists ${listed.join(' ')}; expected ${expected.join(' ')}`);
		}
		expect(entities.size).toBeGreaterThan(50);
		expect(withPages.length).toBeGreaterThan(5);
		expect(withPages.length).toBeLessThan(entities.size);
		expect(wrong).toEqual([]);
	});

	it('show the claims about the entity as a (paper, claim, number, what it measures) table', () => {
		const withClaims = withPages.filter(([, e]) => e.claims.length);
		expect(withClaims.length).toBeGreaterThanOrEqual(2);
		for (const [key, entity] of withClaims) {
			const page = readPage(site.dist, `entities/${key}/`);
			const headers = selectAll('main table thead th', page).map((th) => textContent(th).trim());
			expect(headers, key).toEqual(['Paper', 'Claim', 'Number', 'Measures']);
			const rows = selectAll('main table tbody tr', page).map((tr) => selectAll('td', tr).map((td) => textContent(td)));
			expect(rows, key).toEqual(entity.claims.map(({ paper, claim }) => [paper.title, claim.sentence.text, claim.value.text, claim.measure?.text ?? '']));
			const paperLinks = selectAll('main table tbody tr td:first-child a', page).map(href);
			expect(paperLinks, key).toEqual(entity.claims.map(({ paper }) => paperHref(paper.id)));
		}
	});

	it('list only the numbers that are about the entity (RAMario: ~1732 PPO, ~1840 DQN, ~2300 RAMario), as paper pages do', () => {
		const numbers = (key: string) =>
			selectAll('main table tbody tr', readPage(site.dist, `entities/${key}/`)).map((tr) => textContent(selectAll('td', tr)[2]!).trim());
		const ppo = numbers('algorithm/ppo');
		expect(ppo).toContain('~1732');
		expect(ppo).not.toContain('~1840');
		expect(ppo).not.toContain('~2300');
		expect(numbers('algorithm/dqn')).toContain('~1840');
		// "PPO exceeds zero-shot by 38.7 points … on GLUE, while surpassing these by 28.8 and 28.5 points on SuperGLUE":
		// one paper names GLUE and SuperGLUE, so its claims table (number, measures, about) says what each is about.
		const glue = papers.find((p) => p.entities.some((e) => e.id === 'superglue'))!;
		const about = new Map(selectAll('main table tbody tr', readPage(site.dist, `papers/${glue.id}/`)).map((tr) => selectAll('td', tr).map((td) => textContent(td).trim())).map(([number, , subject]) => [number, subject]));
		expect(about.get('38.7 points')).toBe('GLUE');
		expect(about.get('28.5 points')).toBe('SuperGLUE');
		// What ~1732 measures stands beside it: the sentence's own noun phrase.
		const row = selectAll('main table tbody tr', readPage(site.dist, 'entities/algorithm/ppo/')).find((tr) => textContent(selectAll('td', tr)[2]!).trim() === '~1732');
		expect(textContent(selectAll('td', row!)[3]!)).toMatch(/distance/);
	});

	it('offer a CSV download whose rows are the rows of the claims table', () => {
		let files = 0;
		for (const [key, entity] of withPages) {
			if (!entity.claims.length) continue;
			const page = readPage(site.dist, `entities/${key}/`);
			const download = selectAll('main a[href][download]', page).find((a) => href(a).endsWith('.csv'));
			expect(download, `${key}: CSV link`).toBeDefined();
			expect(href(download!).startsWith(base), key).toBe(true);
			const csvFile = fileOf(href(download!));
			expect(existsSync(csvFile), `${key}: ${csvFile}`).toBe(true);
			const [header, ...csvRows] = parseCsv(readFileSync(csvFile, 'utf8'));
			expect(header, key).toEqual(['paper', 'url', 'claim', 'number', 'measure']);
			const tableRows = selectAll('main table tbody tr', page).map((tr) => selectAll('td', tr).map((td) => textContent(td)));
			expect(csvRows.map(([paper, , claim, number, measure]) => [paper, claim, number, measure]), key).toEqual(tableRows);
			expect(csvRows.map(([, url]) => url), key).toEqual(entity.claims.map(({ paper }) => paper.url));
			files++;
		}
		expect(files).toBeGreaterThanOrEqual(2);
	});
});

describe('the entities of a paper page', () => {
	it('link to the entity pages, and an entity only that paper names is a chip of plain text', () => {
		let plain = 0;
		for (const paper of papers) {
			const page = readPage(site.dist, `papers/${paper.id}/`);
			const chips = selectAll('dl.entity-groups ul.chips > li > *', page);
			const links = new Set(selectAll('main a[href]', page).map(href));
			for (const e of paper.entities) {
				const entity = entities.get(`${e.type}/${e.id}`)!;
				const where = `${paper.id}: ${e.type}/${e.id}`;
				const entityPage = `${base}entities/${e.type}/${e.id}/`;
				if (hasPage(entity)) {
					expect(chips.some((c) => c.tagName === 'a' && href(c) === entityPage), where).toBe(true);
				} else {
					// Not in the chips, the abstract, the claims table or "Introduces:".
					expect(links.has(entityPage), where).toBe(false);
					plain++;
				}
			}
			expect(links.has(paperHref(paper.id)), `${paper.id} links to itself`).toBe(false);
			expect(chips.filter((c) => c.tagName === 'span').length, paper.id).toBe(new Set(paper.entities.filter((e) => !hasPage(entities.get(`${e.type}/${e.id}`)!)).map((e) => `${e.type}/${e.id}`)).size);
		}
		expect(plain).toBeGreaterThan(20);
	});
});

describe('the entity filters of paper pages in the search index', () => {
	/** The collection-wide display name of an entity: its entity page's heading, or for one with no page its chip on its one paper's page. */
	const entityName = (type: string, id: string) => {
		const entity = entities.get(`${type}/${id}`)!;
		if (hasPage(entity)) return textContent(select('main h1', readPage(site.dist, `entities/${type}/${id}/`))!).trim();
		const page = readPage(site.dist, `papers/${[...entity.papers][0]}/`);
		const names = selectAll('dl.entity-groups ul.chips > li > span', page).map((chip) => textContent(chip).trim());
		return names.find((name) => papers.some((p) => p.entities.some((e) => e.type === type && e.id === id && e.name === name))) ?? `no chip for ${type}/${id}`;
	};
	const typeLabels: Record<string, string> = {};
	for (const type of TYPES) typeLabels[type] = textContent(select('main h1', readPage(site.dist, `entities/${type}/`))!).trim();

	it('name every entity of the paper and every entity type', () => {
		const fragments = readSearchFragments(join(site.dist, 'pagefind'));
		for (const paper of papers) {
			const { filters } = fragments.get(`/papers/${paper.id}/`)!;
			const expectedNames = [...new Set(paper.entities.map((e) => entityName(e.type, e.id)))].sort();
			expect([...(filters.entity ?? [])].sort(), paper.id).toEqual(expectedNames);
			expect([...(filters['entity type'] ?? [])].sort(), paper.id).toEqual([...new Set(paper.entities.map((e) => typeLabels[e.type]!))].sort());
		}
	});
});
