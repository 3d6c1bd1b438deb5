/**
 * A list exported from DBLP or Google Scholar, whose entries carry no abstract, on one real build
 * under a base path: every entry is listed, by its title and details, with no TL;DR or annotations
 * made up for it; the page says the abstract is missing, the listing shows no TL;DR line, the feed
 * no summary, and `papers.json` leaves the TL;DR out. A placeholder ("N/a.") is no abstract. An
 * abstract not in English is shown, and said to be unannotated. The one entry with an English abstract is annotated.
 * A list with no abstract at all says so on its home page, and its topics are the phrases its titles share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';
import { readRawPapersJson } from '../helpers/site-data.ts';

const LISTING = join(import.meta.dirname, 'fixtures/without-abstract/dblp.bib');
const TITLES_ONLY = join(import.meta.dirname, 'fixtures/without-abstract/dblp-titles-only.bib');

let built: BuiltSite;
let papers: Record<string, unknown>[];

beforeAll(() => {
	// With a site URL, so that the Atom feed is built too.
	built = buildSite({ args: ['--source', LISTING], env: { BASE_PATH: '/reading/', SITE_URL: 'https://reader.example.org' } });
	papers = readRawPapersJson(built.dist).papers;
}, 180_000);
afterAll(() => {
	if (built) removeCopy(built.root);
});

const byDoi = (doi: string) => papers.find((paper) => paper.doi === doi)!;
const bare = () => byDoi('10.1000/icra.2021.112');

describe('a DBLP export whose entries have no abstract', () => {
	it('lists every entry, saying once that some have no abstract', () => {
		expect(built.status).toBe(0);
		expect(papers.map((paper) => paper.title)).toEqual(
			expect.arrayContaining([
				'Tidal Gliders: Mapping Estuary Salinity with Low-Cost Underwater Drones',
				'Estuary Salinity Fronts Tracked by Drone Swarms',
				'A Survey of Underwater Drone Navigation in Shallow Water',
			]),
		);
		expect(built.stderr + built.stdout).toMatch(/dblp\.bib:5: warning: 3 papers have no abstract \(the first, "Tidal Gliders: .*", here\)/);
		expect(built.stderr + built.stdout).toMatch(/dblp\.bib:\d+: warning: The abstract of "Drones submarinos en estuarios: .*" does not read as English: listed with the abstract, without a TL;DR or annotations/);
	});

	it('writes no TL;DR, span or annotation for a paper without an abstract, and annotates the one with', () => {
		expect(bare()).toMatchObject({ abstract: '', venue: { kind: 'proceedings' }, published: '2021' });
		for (const field of ['tldr', 'entities', 'claims', 'keyphrases', 'acronyms']) expect(bare(), field).not.toHaveProperty(field);
		expect(readRawPapersJson(built.dist).version).toBe(6);
		const annotated = byDoi('10.1000/ral.2022.2201');
		expect(annotated.tldr).toEqual(expect.any(Array));
		expect(JSON.stringify(annotated.entities)).toContain('FrontSwarm');
	});

	it('says on the page that the listing gives no abstract, in the abstract\'s place, with no TL;DR', () => {
		const page = readPage(built.dist, `papers/${bare().id}/`);
		expect(select('h2#tldr', page)).toBeUndefined();
		expect(select('.reading-key', page)).toBeUndefined();
		expect(toText(select('h2#abstract + p', page)!)).toMatch(/^The listing gives no abstract for this paper/);
		expect(toText(select('h1', page)!)).toContain('Tidal Gliders');
		expect(selectAll('dl.paper-meta a', page).map((a) => String(a.properties.href))).toContain('https://doi.org/10.1000/icra.2021.112');
	});

	it('reads a placeholder for a missing abstract as none', () => {
		expect(byDoi('10.1000/oe.2024.12')).toMatchObject({ abstract: '' });
		expect(byDoi('10.1000/oe.2024.12')).not.toHaveProperty('tldr');
	});

	it('shows an abstract not in English as given, says why it has no annotations, and makes none', () => {
		const spanish = byDoi('10.1000/oe.2023.77');
		expect(spanish.abstract).toMatch(/^Los frentes de salinidad/);
		for (const field of ['tldr', 'entities', 'claims', 'keyphrases', 'acronyms']) expect(spanish, field).not.toHaveProperty(field);
		const page = readPage(built.dist, `papers/${spanish.id}/`);
		expect(select('h2#tldr', page)).toBeUndefined();
		expect(select('.no-abstract', page)).toBeUndefined();
		expect(toText(select('p.not-annotated', page)!)).toMatch(/^The abstract does not read as English/);
		expect(toText(select('.prose', page)!)).toContain('Presentamos un controlador');
	});

	it('says on the home page how many papers have no abstract', () => {
		expect(toText(select('p.lede', readPage(built.dist, ''))!)).toMatch(
			/came from\. 3 of them have no abstract in the listing, and so no annotations\. 1 more has an abstract not in English, which the annotation rules do not read, and so no annotations\.$/,
		);
	});

	it('shows no TL;DR line on its card in its topic, and no summary in the feed', () => {
		const topic = (bare().topics as string[])[0]!;
		const cards = selectAll('main ul.paper-list > li', readPage(built.dist, `topics/${topic}/`));
		const card = cards.find((li) => toText(li).includes('Tidal Gliders'))!;
		expect(card).toBeDefined();
		expect(select('.tldr', card)).toBeUndefined();
		const feed = readFileSync(join(built.dist, 'feed.xml'), 'utf8');
		const entry = feed.split('<entry>').find((e) => e.includes('Tidal Gliders'))!;
		expect(entry).not.toContain('<summary>');
		expect(feed.split('<entry>').find((e) => e.includes('Drone Swarms'))).toContain('<summary>');
	});

	it('links in its navigation only the entity types its papers name, on every page', () => {
		const named = new Set(papers.flatMap((paper) => ((paper.entities as { type: string }[] | undefined) ?? []).map((e) => e.type)));
		// The listing's one annotated abstract names some types and not others: both halves are checked.
		expect(named.size).toBeGreaterThan(0);
		expect(named.size).toBeLessThan(4);
		for (const path of ['', 'papers/', 'glossary/']) {
			const links = selectAll('nav[aria-label="Main"] a[href]', readPage(built.dist, path)).map((a) => String(a.properties.href));
			const linked = links.flatMap((href) => /\/entities\/([a-z]+)\/$/.exec(href)?.[1] ?? []);
			expect(new Set(linked), path || 'home').toEqual(named);
			expect(links).toContain('/reading/topics/');
		}
	});
});

describe('a DBLP export with no abstract at all', () => {
	let titlesOnly: BuiltSite;
	beforeAll(() => {
		titlesOnly = buildSite({ args: ['--source', TITLES_ONLY], env: { BASE_PATH: '/reading/' } });
	}, 180_000);
	afterAll(() => {
		if (titlesOnly) removeCopy(titlesOnly.root);
	});

	it('promises no annotation on its home page, and names a topic by the phrase two titles share', () => {
		expect(titlesOnly.status).toBe(0);
		const home = readPage(titlesOnly.dist, '');
		expect(toText(select('p.lede', home)!)).toMatch(/^3 papers, listed by title, authors, venue and date\. The listing gives no abstracts/);
		const topics = selectAll('#topics + ul.count-list li > a', home).map((a) => toText(a));
		expect(topics).toContain('Underwater Drones');
		for (const title of topics) expect(title).not.toMatch(/,/);
	});
});
