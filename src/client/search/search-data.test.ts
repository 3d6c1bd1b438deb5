import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { buildSearchData, renderSearchDataScript, rowBodyText } from './search-data.ts';
import { packJson } from '../../lib/pack-json.ts';
import { unpackJson } from '../packed-json.ts';

const words = (n: number, seed: number) =>
	Array.from({ length: n }, (_, i) => `term${(i * 7919 + seed * 104729) % 5000}`).join(' ');

const paper = (i: number) => ({
	id: `paper-${i}`,
	title: `A study number ${i} of ${words(8, i)}`,
	abstract: words(220, i),
	abstractSections: [] as { heading: string; items: string[]; list: boolean }[],
	published: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
	upvotes: i % 3 ? i : null,
	topics: [{ id: `topic-${i % 20}`, derived: false }],
	entities: [{ id: `e${i % 400}`, name: `Entity ${i % 400}`, type: 'method' as const, role: 'used' as const, spans: [] }],
	links: i % 2 ? [{ url: 'https://github.com/a/b', kind: 'code' as const }] : [],
});

describe('buildSearchData', () => {
	it('stores each topic and entity once and refers to them by index', () => {
		const data = buildSearchData([paper(1), paper(21)], new Map([['topic-1', 'Topic one']]));
		expect(data.topics).toEqual([['topic-1', 'Topic one']]);
		expect(data.entities).toEqual([['Methods', 'Entity 1'], ['Methods', 'Entity 21']]);
		expect(data.papers[0]).toEqual(['paper-1', paper(1).title, paper(1).published, 1, [0], [0], 1, paper(1).abstract, []]);
	});

	it('spells entities as the collection does when given a resolver', () => {
		const data = buildSearchData([paper(1)], new Map(), (type, id) => `${type}:${id}`);
		expect(data.entities).toEqual([['Methods', 'method:e1']]);
	});

	it('adds a reader\'s note to its paper\'s searchable text, and nothing to the others', () => {
		const data = buildSearchData([paper(1), paper(2)], new Map(), undefined, new Map([['paper-2', 'Compare with\n  **zebrafish** results.']]));
		expect(rowBodyText(data.papers[0]!)).toBe(paper(1).abstract);
		expect(rowBodyText(data.papers[1]!)).toBe(`${paper(2).abstract} Compare with **zebrafish** results.`);
	});

	it('searches the parts joined to an abstract after it and before the note, and keeps them apart from the abstract', () => {
		const joined = { ...paper(3), abstractSections: [{ heading: 'Key Points', items: ['Droughts end sooner', 'Floods start later'], list: true }] };
		const data = buildSearchData([joined, joined], new Map(), undefined, new Map([['paper-3', 'A note.']]));
		expect(rowBodyText(data.papers[0]!)).toBe(`${joined.abstract} Key Points Droughts end sooner Floods start later A note.`);
		expect(data.papers[0]![7]).toBe(joined.abstract);
		const alone = buildSearchData([joined], new Map());
		expect(alone.papers[0]!.slice(9)).toEqual(['', 'Key Points Droughts end sooner Floods start later']);
		expect(rowBodyText(alone.papers[0]!)).toBe(`${joined.abstract} Key Points Droughts end sooner Floods start later`);
	});

	it('keeps the abstract apart from the note, for the exports that take it from here', () => {
		const data = buildSearchData([paper(1), paper(2)], new Map(), undefined, new Map([['paper-2', 'A note.']]));
		expect(data.papers.map((row) => row[7])).toEqual([paper(1).abstract, paper(2).abstract]);
		expect(data.papers.map((row) => row[9])).toEqual([undefined, 'A note.']);
	});

	it('keeps whole abstracts and packs 10,000 papers smaller than their abstracts alone', () => {
		const papers = Array.from({ length: 10_000 }, (_, i) => paper(i));
		const script = renderSearchDataScript(packJson(buildSearchData(papers, new Map())));
		const abstracts = papers.reduce((sum, p) => sum + Buffer.byteLength(p.abstract), 0);
		expect(Buffer.byteLength(script)).toBeLessThan(abstracts);
	});
});

describe('renderSearchDataScript', () => {
	it('assigns the packed data to a global that a classic script can read, and it unpacks whole', async () => {
		const data = buildSearchData([{ ...paper(1), title: '</script><b>x</b> \u2028 ünïcode' }, paper(2)], new Map());
		const script = renderSearchDataScript(packJson(data));
		expect(script).not.toMatch(/[<\n](?!$)/);
		const window: Record<string, unknown> = {};
		runInNewContext(script, { window });
		expect(await unpackJson(window.PAPERFOLD_SEARCH)).toEqual(data);
	});

	it('passes an unpacked value through, as a file cached before packing holds', async () => {
		const data = buildSearchData([paper(1)], new Map());
		expect(await unpackJson(data)).toBe(data);
	});
});
