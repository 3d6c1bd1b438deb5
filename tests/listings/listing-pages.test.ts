/**
 * The listing pages (entities, topics, timeline, all papers, map, papers.json) stay light for
 * thousands of papers: long lists are one line per paper, the longest show their first rows
 * and link to the rest, and repeated markup is gone. Checked on the default build, and on a
 * seed build whose list limits are lowered so the seed's 48 papers reach them (and two of its
 * papers copied, so the methods and datasets they name have a page of their own).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist } from '../../scripts/bench/static-server.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { withCopiedCard } from '../helpers/listing-edits.ts';
import { collectEntities, hasPage, parseCsv, readPapersJson, siteLinks } from '../helpers/site-data.ts';

const site = inject('site');
const base = site.base;
const collection = readPapersJson(site.dist);
const papers = collection.papers;
const hrefs = (root: Parameters<typeof selectAll>[1], selector = 'a[href]') => selectAll(selector, root).map((a) => String(a.properties.href));
const paperHref = (id: string) => `${base}papers/${id}/`;
const SEED = 'content/sources/hf-papers-few-shot-rl.txt';
const ICPL_TITLE = 'Few-shot In-Context Preference Learning Using Large Language Models';
const GLUE_TITLE = 'Improving the Language Understanding Capabilities of Large Language Models Using Reinforcement Learning';

describe('papers.json.gz', () => {
	it('is the export gzipped, written without indentation, holding every paper, and no plain papers.json beside it', () => {
		const text = gunzipSync(readFileSync(join(site.dist, 'papers.json.gz'))).toString('utf8');
		expect(text).not.toMatch(/\n/);
		expect(JSON.parse(text).papers).toHaveLength(48);
		expect(existsSync(join(site.dist, 'papers.json'))).toBe(false);
	});

	it('is linked from the home page, which shows how to read it', () => {
		const data = select('#data', readPage(site.dist, ''))!;
		expect(selectAll('a[href]', data).map((a) => String(a.properties.href))).toContain(`${base}papers.json.gz`);
		expect(toText(data)).toContain('gunzip');
	});
});

describe('the all-papers table', () => {
	const page = () => readPage(site.dist, 'papers/');

	it('has one bare row per paper: no classes or data attributes repeated on every row', () => {
		const rows = selectAll('#paper-table tbody tr', page());
		expect(rows).toHaveLength(48);
		for (const el of selectAll('#paper-table tbody *', page())) {
			expect(Object.keys(el.properties).filter((k) => k !== 'href')).toEqual([]);
		}
		const ramario = papers.find((p) => p.title.startsWith('RAMario'))!;
		const row = rows.find((tr) => hrefs(tr)[0] === paperHref(ramario.id))!;
		expect(selectAll('td', row).map((td) => toText(td).trim()).slice(1, 3)).toEqual([ramario.published, String(ramario.authorCount)]);
	});

	it('names a row’s topics by title, one link a row: the paper’s', () => {
		const title = new Map(collection.topics.map((t) => [t.id, t.title]));
		for (const row of selectAll('#paper-table tbody tr', page())) {
			const paper = papers.find((p) => paperHref(p.id) === hrefs(row)[0])!;
			expect(hrefs(row)).toHaveLength(1);
			expect(toText(selectAll('td', row).at(-2)!)).toBe(paper.topics.map((t) => title.get(t.id)).join('; '));
		}
	});
});

describe('the all-papers table in a browser', () => {
	const web = useServedSite(site.dist, base);
	const openTable = async (query = '') => {
		const page = await web.browser.newPage();
		await page.goto(`${web.server.url}papers/${query}`);
		return page;
	};
	const visibleLinks = (page: Awaited<ReturnType<typeof openTable>>) =>
		page.locator('#paper-table tbody tr:not([hidden]) td:first-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

	it('filters by topic, year and code, read from the cells', async () => {
		const topic = papers[0]!.topics[0]!.id;
		const page = await openTable(`?topic=${topic}`);
		expect(new Set(await visibleLinks(page))).toEqual(new Set(papers.filter((p) => p.topics.some((t) => t.id === topic)).map((p) => paperHref(p.id))));
		// Every topic, by its title in the cells (titles hold commas: "Few-shot, continual and transfer learning").
		for (const id of new Set(papers.flatMap((p) => p.topics.map((t) => t.id)))) {
			await page.selectOption('select[name="topic"]', id);
			expect(new Set(await visibleLinks(page)), id).toEqual(new Set(papers.filter((p) => p.topics.some((t) => t.id === id)).map((p) => paperHref(p.id))));
		}
		await page.selectOption('select[name="topic"]', '');
		await page.selectOption('select[name="year"]', '2024');
		expect(new Set(await visibleLinks(page))).toEqual(new Set(papers.filter((p) => String(p.published).startsWith('2024')).map((p) => paperHref(p.id))));
		await page.selectOption('select[name="year"]', '');
		await page.selectOption('select[name="code"]', 'yes');
		const withCode = papers.filter((p) => p.links.some((l) => l.kind === 'code'));
		expect(withCode.length).toBeGreaterThan(0);
		expect(new Set(await visibleLinks(page))).toEqual(new Set(withCode.map((p) => paperHref(p.id))));
		await page.close();
	});

	it('sorts by author count, papers without one last, and reverses on a second press', async () => {
		const page = await openTable();
		await page.getByRole('button', { name: 'Authors' }).click();
		const counts = await page.locator('#paper-table tbody tr td:nth-child(3)').allTextContents();
		const known = counts.filter((c) => c !== '—').map(Number);
		expect(known).toEqual([...known].sort((a, b) => a - b));
		expect(counts.indexOf('—')).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Authors' }).click();
		const reversed = await page.locator('#paper-table tbody tr td:nth-child(3)').allTextContents();
		expect(reversed).toEqual([...counts].reverse());
		await page.close();
	});
});

describe('the timeline', () => {
	it('lists every paper once, one line each', () => {
		const listed = hrefs(readPage(site.dist, 'timeline/'), 'main ul.paper-rows a[href]');
		expect(listed.sort()).toEqual(papers.map((p) => paperHref(p.id)).sort());
	});
});

describe('the map', () => {
	it('carries no line, no per-dot element (a path per cluster draws its dots) and its links as one array of whole numbers', () => {
		const page = readPage(site.dist, 'map/');
		expect(selectAll('main svg line', page)).toEqual([]);
		expect(selectAll('main svg > a', page)).toEqual([]);
		expect(selectAll('main svg circle', page).length).toBeLessThan(48);
		const script = select('script#map-links', page)!;
		const links = JSON.parse((script.children[0] as { value: string }).value) as unknown[];
		expect(links.flat().length).toBeGreaterThan(48);
		for (const l of links.flat()) expect(Number.isInteger(l)).toBe(true);
	});
});

describe('pages of a collection longer than their list limits', () => {
	let built: BuiltSite;
	beforeAll(() => {
		// The seed, with the limits lowered so its 48 papers reach them (the real ones are for thousands).
		built = buildSite({
			env: { BASE_PATH: base, PAPERFOLD_LIST_LIMITS: 'entityPapers=2,entityClaims=2,typeIndexRows=5,topicCards=3,topicRows=2,timelineMonthRows=1' },
			// A second paper naming what ICPL's and GLUE's papers name: pages with an introducer, and with claims past the limit.
			prepare: (root) => {
				const source = join(root, SEED);
				let text = readFileSync(source, 'utf8');
				text = withCopiedCard(text, ICPL_TITLE, 'In-Context Preference Learning, Revisited');
				text = withCopiedCard(text, GLUE_TITLE, 'Language Understanding with Fine-Tuned Large Language Models, Revisited');
				writeFileSync(source, text);
			},
		});
	});
	afterAll(() => removeCopy(built.root));

	const ppo = () => collectEntities(readPapersJson(built.dist).papers).get('algorithm/ppo')!;

	it('list an entity’s papers one line each, newest first, with the date and who introduces it', () => {
		const collection = readPapersJson(built.dist).papers;
		const page = readPage(built.dist, 'entities/method/icpl/');
		const rows = selectAll('h2#papers + ul.paper-rows > li', page);
		const mentioning = collection.filter((p) => p.entities.some((e) => e.type === 'method' && e.id === 'icpl'));
		expect(mentioning).toHaveLength(2);
		expect(rows.map((li) => hrefs(li)[0])).toEqual(
			[...mentioning].sort((a, b) => String(b.published ?? '').localeCompare(String(a.published ?? ''))).map((p) => paperHref(p.id)),
		);
		const introducer = mentioning.find((p) => p.entities.some((e) => e.id === 'icpl' && e.role === 'introduced'))!;
		const row = rows.find((li) => hrefs(li)[0] === paperHref(introducer.id))!;
		expect(toText(select('time', row)!)).toBe(introducer.published);
		expect(toText(select('.badge', row)!)).toBe('introduces');
		// A list within its limit needs no pointer to the search.
		expect(hrefs(page).some((h) => h.startsWith(`${base}search/?`))).toBe(false);
	});

	it('show an entity’s newest papers and link to the search filtered on it for all of them', () => {
		const page = readPage(built.dist, 'entities/algorithm/ppo/');
		const all = readPapersJson(built.dist).papers.filter((p) => ppo().papers.has(p.id));
		expect(all.length).toBeGreaterThan(2);
		const newest = [...all].sort((a, b) => String(b.published ?? '').localeCompare(String(a.published ?? ''))).slice(0, 2);
		expect(hrefs(select('h2#papers + ul', page)!)).toEqual(newest.map((p) => paperHref(p.id)));
		const more = selectAll('main a[href]', page).find((a) => String(a.properties.href).startsWith(`${base}search/?`))!;
		expect(toText(more)).toBe(`All ${all.length} papers naming PPO, in the search →`);
		const query = new URLSearchParams(String(more.properties.href).split('?')[1]);
		expect([...query]).toEqual([['entity', 'PPO'], ['sort', 'date-desc']]);
	});

	it('link to a search that lists every paper naming the entity', async () => {
		const server = await serveDist(built.dist, base);
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(`${server.url}entities/algorithm/ppo/`);
			await page.getByRole('link', { name: /papers naming PPO, in the search/ }).click();
			await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toBe(`${ppo().papers.size} papers`);
			await expect.poll(() => page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
		} finally {
			await browser.close();
			await server.close();
		}
	});

	it('list a month’s newest papers on the timeline and link to the search for the rest of the year', () => {
		const page = readPage(built.dist, 'timeline/');
		const all = readPapersJson(built.dist).papers;
		const dated = all.filter((p) => p.published).map((p) => ({ id: p.id, published: String(p.published) }));
		const months = new Map<string, typeof dated>();
		for (const p of dated) months.set(p.published.slice(0, 7), [...(months.get(p.published.slice(0, 7)) ?? []), p]);
		const newest = [...months.values()].map((list) => [...list].sort((a, b) => b.published.localeCompare(a.published))[0]!);
		const listed = hrefs(page, 'main ul.paper-rows a[href]');
		expect(listed).toHaveLength(months.size + all.length - dated.length);
		for (const p of newest) expect(listed).toContain(paperHref(p.id));
		const crowded = new Set([...months].filter(([, list]) => list.length > 1).map(([month]) => month.slice(0, 4)));
		expect(crowded.size).toBeGreaterThan(0);
		for (const year of crowded) {
			const more = selectAll('main a[href]', page).find((a) => String(a.properties.href).includes(`year=${year}`))!;
			const count = dated.filter((p) => p.published.startsWith(year)).length;
			expect(toText(more)).toBe(`All ${count} papers of ${year}, in the search →`);
			expect([...new URLSearchParams(String(more.properties.href).split('?')[1])]).toEqual([['year', year], ['sort', 'date-desc']]);
		}
	});

	it('show an entity’s first claims in the table and every claim in the CSV', () => {
		// The entity with a page with the most claims: claims go to their own subject only, so which one that is follows the annotations.
		const entity = [...collectEntities(readPapersJson(built.dist).papers).values()].filter(hasPage).sort((a, b) => b.claims.length - a.claims.length)[0]!;
		expect(entity.claims.length).toBeGreaterThan(2);
		const path = `entities/${entity.type}/${entity.id}/`;
		const page = readPage(built.dist, path);
		expect(selectAll('main table tbody tr', page)).toHaveLength(2);
		const [, ...rows] = parseCsv(readFileSync(join(built.dist, path, 'claims.csv'), 'utf8'));
		expect(rows.map(([, , claim, number]) => [claim, number])).toEqual(entity.claims.map(({ claim }) => [claim.sentence.text, claim.value.text]));
		expect(toText(select('main a[download]', page)!)).toBe(`Download all ${entity.claims.length} claims (CSV)`);
	});

	it('index the most-mentioned entities of a type in a table and every other one A–Z', () => {
		const page = readPage(built.dist, 'entities/method/');
		const methods = [...collectEntities(readPapersJson(built.dist).papers).values()].filter((e) => e.type === 'method');
		expect(selectAll('main table tbody tr', page)).toHaveLength(5);
		const listed = hrefs(select('section[aria-labelledby="a-z"]', page)!, 'ul.name-columns a[href]');
		expect(listed).toHaveLength(methods.length - 5);
		const names = selectAll('section[aria-labelledby="a-z"] ul.name-columns a', page).map((a) => toText(a));
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		// Each to its page, or (named by one paper, so without one) to that paper.
		const { listedHref } = siteLinks(built.dist, base);
		expect(new Set([...hrefs(select('main table', page)!, 'th a[href]'), ...listed])).toEqual(new Set(methods.map(listedHref)));
		expect(listed.some((h) => h.startsWith(`${base}papers/`))).toBe(true);
	});

	it('show a topic’s newest papers as cards with their TL;DR, the next ones as lines, and link to the search for all', () => {
		const collection = readPapersJson(built.dist).papers;
		const topic = [...new Set(collection.flatMap((p) => p.topics.map((t) => t.id)))]
			.map((id) => ({ id, papers: collection.filter((p) => p.topics.some((t) => t.id === id)) }))
			.sort((a, b) => b.papers.length - a.papers.length)[0]!;
		expect(topic.papers.length).toBeGreaterThan(3 + 2);
		const newest = [...topic.papers].sort((a, b) => String(b.published ?? '').localeCompare(String(a.published ?? '')));
		const page = readPage(built.dist, `topics/${topic.id}/`);
		const cards = selectAll('main ul.paper-list > li', page);
		expect(cards).toHaveLength(3);
		for (const card of cards) expect(toText(select('.tldr', card)!).length).toBeGreaterThan(20);
		const older = hrefs(select('h2#older + ul.paper-rows', page)!);
		expect(toText(select('h2#older', page)!)).toBe(`${topic.papers.length - 3} older papers`);
		expect(older).toHaveLength(2);
		// The five shown are the newest: none left out is newer than any shown (ties may fall either way).
		const shown = new Set([...cards.map((li) => hrefs(li)[0]), ...older]);
		expect(shown.size).toBe(5);
		const date = (p: (typeof newest)[number]) => String(p.published ?? '');
		const shownDates = newest.filter((p) => shown.has(paperHref(p.id))).map(date);
		const leftOut = newest.filter((p) => !shown.has(paperHref(p.id))).map(date);
		expect(shownDates).toHaveLength(5);
		expect(leftOut.every((d) => shownDates.every((s) => s >= d))).toBe(true);
		const more = selectAll('main a[href]', page).find((a) => String(a.properties.href).startsWith(`${base}search/?`))!;
		const title = readPapersJson(built.dist).topics.find((t) => t.id === topic.id)!.title;
		expect(toText(more)).toBe(`All ${topic.papers.length} papers in ${title}, in the search →`);
		expect([...new URLSearchParams(String(more.properties.href).split('?')[1])]).toEqual([['topic', title], ['sort', 'date-desc']]);
	});
});
