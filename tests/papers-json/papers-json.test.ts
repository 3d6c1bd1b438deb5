/**
 * The `papers.json` export, on the built default site (`inject('site')`, under a
 * GitHub Pages base path): the `papers.json` export — one record per built paper page, typed
 * annotations, summary parts covering each abstract, related papers, and every span true to
 * the abstract it indexes. The page tests (annotations, entity pages, map) check the pages
 * against this export.
 */
import { describe, expect, inject, it } from 'vitest';
import { ENTITY_TYPES as TYPES, findSpans, pageDirs, readPapersJson, readRawPapersJson, siteLinks } from '../helpers/site-data.ts';

const site = inject('site');
const base = site.base;
const collection = readPapersJson(site.dist);
const raw = readRawPapersJson(site.dist);
const papers = collection.papers;
const byId = new Map(papers.map((p) => [p.id, p]));
const { paperHref } = siteLinks(site.dist, base);

describe('papers.json', () => {
	it('holds every built paper page, and nothing else', () => {
		expect(collection.format).toBe('paperfold-collection');
		expect(collection.version).toBe(6);
		expect(collection.count).toBe(papers.length);
		expect(papers.map((p) => p.id).sort()).toEqual(pageDirs(site.dist, 'papers'));
		for (const paper of papers) expect(paper.url).toBe(`https://example.github.io${paperHref(paper.id)}`);
	});

	it('gives every paper its typed annotations, topics, related papers and sources', () => {
		for (const paper of papers) {
			expect(paper.title.length, paper.id).toBeGreaterThan(0);
			expect(paper.abstract.length, paper.id).toBeGreaterThan(0);
			for (const e of paper.entities) {
				expect(TYPES, `${paper.id}: ${e.id}`).toContain(e.type);
				expect(['introduced', 'used'], `${paper.id}: ${e.id}`).toContain(e.role);
				expect(e.spans.length, `${paper.id}: ${e.id}`).toBeGreaterThan(0);
			}
			expect(Array.isArray(paper.acronyms) && Array.isArray(paper.claims) && Array.isArray(paper.related), paper.id).toBe(true);
			expect(paper.topics.length, paper.id).toBeGreaterThanOrEqual(1);
			expect(paper.sources.length, paper.id).toBeGreaterThanOrEqual(1);
		}
		// Not vacuous: the collection as a whole has all four entity types, acronyms, claims and related papers.
		const types = new Set(papers.flatMap((p) => p.entities.map((e) => e.type)));
		expect([...types].sort()).toEqual([...TYPES].sort());
		expect(papers.filter((p) => p.acronyms.length).length).toBeGreaterThan(10);
		expect(papers.filter((p) => p.claims.length).length).toBeGreaterThan(10);
		expect(papers.filter((p) => p.related.length).length).toBe(papers.length);
	});

	it('types the named examples as the seed names them', () => {
		const has = (paperTitle: RegExp, type: string, name: string, role?: string) => {
			const paper = papers.find((p) => paperTitle.test(p.title));
			expect(paper, String(paperTitle)).toBeDefined();
			const found = paper!.entities.find((e) => e.type === type && e.name.toLowerCase() === name.toLowerCase() && (!role || e.role === role));
			expect(found, `${name} as ${role ?? ''} ${type} of ${paper!.title}`).toBeDefined();
		};
		has(/In-Context Preference Learning/, 'method', 'ICPL', 'introduced');
		has(/^RAMario/, 'algorithm', 'PPO');
		has(/^RAMario/, 'algorithm', 'DQN');
		has(/Language Understanding Capabilities/, 'model', 'LLaMA2-7B');
		has(/Language Understanding Capabilities/, 'dataset', 'GLUE');
	});

	it('puts every sentence of each abstract in exactly one summary part, in order, losing no text', () => {
		for (const paper of papers) {
			const spans = [...paper.summary.problem!, ...paper.summary.approach!, ...paper.summary.results!].sort((a, b) => a.start - b.start);
			let position = 0;
			for (const span of spans) {
				expect(span.start, `${paper.id}: "${span.text.slice(0, 40)}" overlaps the sentence before`).toBeGreaterThanOrEqual(position);
				expect(paper.abstract.slice(position, span.start).trim(), `${paper.id}: text left out before "${span.text.slice(0, 40)}"`).toBe('');
				position = span.end;
			}
			expect(paper.abstract.slice(position).trim(), `${paper.id}: text left out at the end`).toBe('');
		}
	});

	it('names at most five related papers per paper, each a paper of the collection by id, with shared terms', () => {
		for (const paper of papers) {
			expect(paper.related.length, paper.id).toBeLessThanOrEqual(5);
			for (const r of paper.related) {
				expect(Object.keys(r).sort(), `${paper.id} → ${r.id}`).toEqual(['id', 'score', 'shared']);
				expect(byId.has(r.id), `${paper.id} → ${r.id}`).toBe(true);
				expect(r.id, paper.id).not.toBe(paper.id);
				expect(r.shared.length, `${paper.id} → ${r.id}`).toBeGreaterThan(0);
			}
		}
	});

	it('stores each text once: spans as [start, end] offsets inside their abstract, topics by id with titles listed once', () => {
		const topicIds = new Set(collection.topics.map((t) => t.id));
		for (const paper of raw.papers) {
			const text = JSON.stringify(paper);
			expect(text, String(paper.id)).not.toMatch(/"text":/);
			expect(text, String(paper.id)).not.toMatch(/"title":.*"title":/);
			const abstractLength = String(paper.abstract).length;
			const tldr = paper.tldr as number[];
			expect(tldr.length, String(paper.id)).toBe(2);
			expect(0 <= tldr[0]! && tldr[0]! < tldr[1]! && tldr[1]! <= abstractLength, String(paper.id)).toBe(true);
			for (const id of paper.topics as string[]) expect(topicIds.has(id), `${paper.id}: ${id}`).toBe(true);
		}
		// Not vacuous: the file is mostly not span text any more than the abstracts are.
		expect(raw.papers.flatMap((p) => ((p.keyphrases ?? []) as unknown[]).filter(Array.isArray)).length).toBeGreaterThan(papers.length);
		// A related paper's shared terms are offsets too wherever the abstract holds them: written out only when it does not
		// (a term met in the title, or in another case), and most are offsets.
		const terms = raw.papers.flatMap((p) => ((p.related ?? []) as { shared: unknown[] }[]).flatMap((r) => r.shared.map((term) => ({ term, abstract: String(p.abstract) }))));
		for (const { term, abstract } of terms) if (!Array.isArray(term)) expect(abstract, String(term)).not.toContain(String(term));
		expect(terms.filter(({ term }) => Array.isArray(term)).length).toBeGreaterThan(terms.length / 2);
	});

	it('leaves out what a reader can tell without it: fields at their default, page URLs, topics\' derived flag', () => {
		expect(raw.paperUrl).toBe(`https://example.github.io${paperHref('{id}')}`);
		for (const paper of raw.papers) {
			expect(paper, String(paper.id)).not.toHaveProperty('url');
			const empty = Object.entries(paper).filter(([, value]) => value === null || (Array.isArray(value) && value.length === 0));
			expect(empty.map(([field]) => field), String(paper.id)).toEqual([]);
		}
		// Not vacuous: the bundled papers have no DOI and some no claims, and read back they have them as null and [].
		expect(raw.papers.some((p) => !('doi' in p))).toBe(true);
		expect(papers.every((p) => p.doi === null)).toBe(true);
		expect(papers.filter((p) => p.claims.length === 0).length).toBeGreaterThan(0);
		for (const paper of papers) for (const t of paper.topics) expect(t.derived, `${paper.id}: ${t.id}`).toBe(collection.topics.find((c) => c.id === t.id)!.derived);
	});

	it('keeps every span of every paper true to its abstract once read back: abstract.slice(start, end) === text (the title, for an entity span in it)', () => {
		let checked = 0;
		const wrong: string[] = [];
		for (const paper of papers) {
			for (const { path, span } of findSpans(paper)) {
				checked++;
				const text = span.field === 'title' ? paper.title : paper.abstract;
				if (text.slice(span.start, span.end) !== span.text || span.start > span.end || span.end > text.length) {
					wrong.push(`${paper.id} ${path}: [${span.start}, ${span.end}) is ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		// Each paper has at least its TL;DR and summary sentences as spans.
		expect(checked).toBeGreaterThan(papers.length * 3);
	});
});
