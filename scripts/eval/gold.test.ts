import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../annotate/sentences.ts';
import { mergePapers, parseListing } from '../ingest/index.ts';
import { keyOf } from './evaluate.ts';
import { parseGold, SUMMARY_PARTS } from './gold.ts';
import { normalise } from './match.ts';

const here = import.meta.dirname;
const goldFiles = readdirSync(join(here, 'gold')).filter((name) => name.endsWith('.gold.json'));

describe('parseGold', () => {
	const paper = { key: 'k', field: 'nlp', title: 't', entities: [], optionalEntities: [], claims: [], optionalClaims: [], tldr: [], keywords: [] };
	it('reads types given as one name or a list', () => {
		const text = JSON.stringify({ listing: 'l.json', papers: [{ ...paper, entities: [{ name: 'X', type: ['model', 'method'], role: 'introduced' }] }] });
		expect(parseGold(text, 'g.json').papers[0]!.entities[0]).toEqual({ name: 'X', aliases: [], types: ['model', 'method'], role: 'introduced' });
	});
	it('names the file and the paper of a bad label', () => {
		const text = JSON.stringify({ listing: 'l.json', papers: [{ ...paper, entities: [{ name: 'X', type: 'metric', role: 'used' }] }] });
		expect(() => parseGold(text, 'g.json')).toThrow('g.json: paper 1 (k): entity 1 (X): type must be one of method, algorithm, model, dataset');
	});
	it('rejects a key used twice', () => {
		expect(() => parseGold(JSON.stringify({ listing: 'l', papers: [paper, paper] }), 'g.json')).toThrow('key "k" appears twice');
	});
	it('reads an ai_keywords paper as keywords only, and a hand-labelled one as hand-picked', () => {
		const aiPaper = { key: 'a', field: 'vision', title: 't', keywordSource: 'ai_keywords', keywords: ['diffusion models'] };
		const gold = parseGold(JSON.stringify({ listing: 'l.json', papers: [paper, aiPaper] }), 'g.json');
		expect(gold.papers.map((p) => p.keywordSource)).toEqual(['hand-picked', 'ai_keywords']);
		expect(gold.papers[1]).toMatchObject({ entities: [], claims: [], tldr: [], keywords: ['diffusion models'] });
	});
	it('rejects an ai_keywords paper that also carries hand labels, or no keywords', () => {
		const aiPaper = { key: 'a', field: 'vision', title: 't', keywordSource: 'ai_keywords', keywords: ['x'] };
		expect(() => parseGold(JSON.stringify({ listing: 'l', papers: [{ ...aiPaper, tldr: ['We'] }] }), 'g.json')).toThrow(
			'g.json: paper 1 (a): an "ai_keywords" paper has keywords only; remove "tldr"',
		);
		expect(() => parseGold(JSON.stringify({ listing: 'l', papers: [{ ...aiPaper, keywords: [] }] }), 'g.json')).toThrow('"keywords" must be a non-empty list');
		expect(() => parseGold(JSON.stringify({ listing: 'l', papers: [{ ...aiPaper, keywordSource: 'hf' }] }), 'g.json')).toThrow('"keywordSource" must be "ai_keywords"');
	});
	it('reads an optional summary of snippets by part, and leaves it out where not labelled', () => {
		const summary = { problem: ['Models forget.'], approach: ['We propose X'], results: [] };
		const gold = parseGold(JSON.stringify({ listing: 'l.json', papers: [{ ...paper, summary }, { ...paper, key: 'k2' }] }), 'g.json');
		expect(gold.papers[0]!.summary).toEqual(summary);
		expect(gold.papers[1]).not.toHaveProperty('summary');
	});
	it.each([
		[{ problem: [], approach: ['We propose X'], result: [] }, 'paper 1 (k): summary: unknown part "result"'],
		[{ problem: [], approach: 'We propose X', results: [] }, '"approach" must be a list of non-empty snippets'],
		[{ problem: [' '], approach: [], results: [] }, '"problem" must be a list of non-empty snippets'],
		[{ problem: [], approach: [], results: [] }, 'summary: labels no sentence'],
		[['We propose X'], 'summary: expected { "problem"'],
	])('rejects a malformed summary %j', (summary, message) => {
		expect(() => parseGold(JSON.stringify({ listing: 'l', papers: [{ ...paper, summary }] }), 'g.json')).toThrow(message);
	});
});

// The labels must be words of the abstracts they label: a typo here would silently lower a score.
// They are looked up in the parsed record and, for text a parser lost, in the listing file itself.
describe.each(goldFiles)('gold set %s', (name) => {
	const gold = parseGold(readFileSync(join(here, 'gold', name), 'utf8'), name);
	const source = readFileSync(join(here, 'listings', gold.listing), 'utf8');
	const listing = parseListing(source, gold.listing);
	const papers = new Map(mergePapers(listing.papers).papers.map((p) => [keyOf(p), p]));
	const inText = (text: string, needle: string) => normalise(text).includes(normalise(needle));

	const handLabelled = gold.papers.filter((p) => p.keywordSource === 'hand-picked');
	const aiKeywords = gold.papers.filter((p) => p.keywordSource === 'ai_keywords');

	// ai_keywords are a model's words, not always the abstract's: only the pairing is checked, and
	// that the reference cannot leak into the prediction through the listing.
	if (aiKeywords.length) {
		it.each(aiKeywords.map((p) => [p.key, p] as const))('pairs ai_keywords paper %s with its listing record', (key, labels) => {
			expect(papers.get(key)?.title).toBe(labels.title);
		});
		it('keeps ai_keywords out of the listing, so the annotator never sees the reference', () => {
			expect(source).not.toMatch(/ai_keywords/);
		});
	}

	it.skipIf(handLabelled.length === 0).each(handLabelled.map((p) => [p.key, p] as const))('labels %s with words of its abstract', (key, labels) => {
		const paper = papers.get(key);
		expect(paper, `no paper ${key} in ${gold.listing}`).toBeDefined();
		const text = `${paper!.title} ${paper!.abstract}`;
		const absent = [
			...labels.entities.flatMap((e) => [e.name, ...e.aliases]),
			...labels.claims.map((c) => c.value),
			...labels.tldr,
			...SUMMARY_PARTS.flatMap((part) => labels.summary?.[part] ?? []),
			...labels.keywords,
		].filter((label) => !inText(text, label) && !inText(source, label));
		expect(absent).toEqual([]);
		expect(labels.tldr.length).toBeGreaterThan(0);
	});

	// Role labels are scored sentence by sentence: each snippet must pick out one sentence, and
	// every sentence of the abstract must be labelled once, or a sentence would go unscored.
	const withSummary = handLabelled.filter((p) => p.summary);
	it.skipIf(withSummary.length === 0).each(withSummary.map((p) => [p.key, p] as const))('labels each sentence of %s with one role', (key, labels) => {
		const sentences = splitSentences(papers.get(key)!.abstract).map((s) => s.text);
		const snippets = SUMMARY_PARTS.flatMap((part) => labels.summary![part]);
		const hits = snippets.map((snippet) => sentences.flatMap((sentence, i) => (inText(sentence, snippet) ? [i] : [])));
		expect(snippets.filter((_, i) => hits[i]!.length !== 1)).toEqual([]);
		expect(hits.map((h) => h[0]).sort((a, b) => a! - b!)).toEqual(sentences.map((_, i) => i));
	});
});
