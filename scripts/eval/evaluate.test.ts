import { describe, expect, it } from 'vitest';
import { evaluatePaper, keyOf, keyphrasesOf, pairWithGold, summarise, withSubjectAliases, type PaperRecord } from './evaluate.ts';
import type { GoldPaper } from './gold.ts';

const abstract = 'Taipan reaches 1 million tokens. We introduce Taipan, a hybrid of Mamba-2 and attention.';
const span = (text: string) => ({ start: abstract.indexOf(text), end: abstract.indexOf(text) + text.length, text });
const record: PaperRecord = {
	title: 'Taipan',
	abstract,
	arxivId: '2410.18572',
	doi: null,
	tldr: span('We introduce Taipan, a hybrid of Mamba-2 and attention.'),
	entities: [
		{ id: 'taipan', name: 'Taipan', type: 'model', role: 'introduced', spans: [span('Taipan')] },
		{ id: 'mamba-2', name: 'Mamba-2', type: 'model', role: 'used', spans: [span('Mamba-2')] },
	],
	acronyms: [],
	claims: [{ value: span('1 million'), sentence: span('Taipan reaches 1 million tokens.'), about: ['model/taipan'], measure: null }],
};
const gold: GoldPaper = {
	key: '2410.18572',
	field: 'nlp',
	title: 'Taipan',
	entities: [
		{ name: 'Taipan', aliases: [], types: ['model', 'method'], role: 'introduced' },
		{ name: 'Mamba', aliases: [], types: ['model'], role: 'used' },
	],
	optionalEntities: [],
	claims: [{ value: '1 million tokens', subject: ['Taipan'], measure: 'context length' }],
	optionalClaims: [],
	tldr: ['We introduce Taipan'],
	keywords: ['Taipan', 'hybrid'],
	keywordSource: 'hand-picked',
};

describe('evaluatePaper', () => {
	it('scores entities, claims, stand-in keyphrases and the TL;DR of one record', () => {
		const result = evaluatePaper(record, gold, 'entity+acronym names');
		expect(result.entities).toMatchObject({ predicted: 2, matched: 1, typeRoleRight: 1, falsePositives: ['Mamba-2'], missed: ['Mamba'] });
		expect(result.claims).toMatchObject({ found: 1, subjectRight: 1, correct: 1 });
		expect(result.keywords).toMatchObject({ recalled: 1, missed: ['hybrid'] });
		expect(result).toMatchObject({ tldrAcceptable: true, tldrConnector: false });
	});

	it('scores the record’s own keyphrases when asked to', () => {
		const result = evaluatePaper({ ...record, keyphrases: [{ text: 'hybrid' }, 'Taipan'] }, gold, 'keyphrases');
		expect(result.keywords.recalled).toBe(2);
	});

	it('counts a claim the record’s abstract lacks as missed', () => {
		const result = evaluatePaper(record, { ...gold, claims: [{ value: '2 million', subject: null, measure: 'x' }] }, 'keyphrases');
		expect(result.claims.missed).toEqual(['2 million (not in the parsed abstract)']);
	});
});

describe('keyOf, keyphrasesOf and pairWithGold', () => {
	it('keys by arXiv id, then DOI, then title', () => {
		expect(keyOf({ arxivId: null, doi: '10.1/x', title: 'T' })).toBe('10.1/x');
		expect(keyOf({ arxivId: null, doi: null, title: 'T' })).toBe('T');
	});
	it('reports records without keyphrases as null, not as an empty list', () => {
		expect(keyphrasesOf(record)).toBeNull();
	});
	it('lists the unpaired keys on both sides', () => {
		const { pairs, goldWithoutPaper, paperWithoutGold } = pairWithGold([record, { ...record, arxivId: '1' }], [gold, { ...gold, key: '2' }]);
		expect(pairs).toHaveLength(1);
		expect(goldWithoutPaper).toEqual(['2']);
		expect(paperWithoutGold).toEqual(['1']);
	});
});

describe('summarise', () => {
	it('adds counts up before dividing (micro averages), per field and overall', () => {
		const a = evaluatePaper(record, gold, 'entity+acronym names');
		const b = { ...a, field: 'vision', entities: { ...a.entities, predicted: 0, matched: 0, gold: 2 } };
		const rows = summarise([a, b]);
		expect(rows.map((r) => r.field)).toEqual(['nlp', 'vision', 'overall']);
		expect(rows[1]!.entityPrecision).toBeNull();
		expect(rows[2]).toMatchObject({ papers: 2, entityPrecision: 0.5, entityRecall: 0.25 });
	});

	it('adds up sentence roles over the papers whose gold labels them, overall and per part', () => {
		const summary = { problem: [], approach: [span('We introduce Taipan, a hybrid of Mamba-2 and attention.')], results: [span('Taipan reaches 1 million tokens.')] };
		const labelled = evaluatePaper({ ...record, summary }, { ...gold, summary: { problem: ['Taipan reaches'], approach: ['We introduce Taipan'], results: [] } }, 'keyphrases');
		const unlabelled = evaluatePaper(record, gold, 'keyphrases');
		expect(unlabelled.summary).toBeNull();
		expect(summarise([labelled, unlabelled]).at(-1)).toMatchObject({
			summarySentences: 2,
			summaryPapers: 1,
			summaryRoles: 0.5,
			summaryRolesByPart: { problem: 0, approach: 1, results: null },
		});
	});
});

describe('withSubjectAliases', () => {
	it('widens a subject to every form of the gold entity it names, and keeps other names and null as they are', () => {
		const entities = [{ name: 'Burned Area Variable (BAV)', aliases: ['BAV', 'Burned Area Variable'], types: ['method' as const], role: 'introduced' as const }];
		const claims = [
			{ value: '36%', subject: ['Burned Area Variable (BAV)'], measure: 'more area' },
			{ value: '12%', subject: ['MODIS'], measure: 'agreement' },
			{ value: '3%', subject: null, measure: 'share' },
		];
		expect(withSubjectAliases({ entities, claims }).map((c) => c.subject)).toEqual([['Burned Area Variable (BAV)', 'BAV', 'Burned Area Variable'], ['MODIS'], null]);
	});

	it('counts a claim about the entity under one of its aliases as about the right subject', () => {
		const aliased: GoldPaper = { ...gold, entities: [{ name: 'Taipan model (TPN)', aliases: ['Taipan'], types: ['model'], role: 'introduced' }], claims: [{ value: '1 million tokens', subject: ['Taipan model (TPN)'], measure: 'context length' }] };
		expect(evaluatePaper(record, aliased, 'entity+acronym names').claims.subjectRight).toBe(1);
	});
});
