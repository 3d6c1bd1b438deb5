import { describe, expect, it } from 'vitest';
import type { SummaryRow } from './evaluate.ts';
import { formatAiKeywordDetails, formatAiKeywordsTable, formatSummaryRoles, formatTopics } from './report.ts';
import type { AiKeywordResult } from './score-ai-keywords.ts';

const result: AiKeywordResult = {
	key: '2407.13168',
	field: 'nlp',
	keywords: { reference: 2, recalled: 1, predicted: 2, noise: 1, missed: ['scientific AI'], noisy: ['main problems'] },
	verbatim: 2,
	candidates: 1,
	misses: [{ keyword: 'scientific AI', reason: 'no candidate' }],
};

describe('formatAiKeywordsTable', () => {
	it('prints recall and noise against ai_keywords with the ceiling, the overall row in bold', () => {
		const table = formatAiKeywordsTable([
			{ field: 'nlp', papers: 1, entries: 2, recall: 0.5, noise: 0.5, verbatim: 1, candidates: 0.5 },
			{ field: 'overall', papers: 1, entries: 2, recall: 0.5, noise: null, verbatim: 1, candidates: 0.5 },
		]);
		expect(table.split('\n')).toEqual([
			'| field | papers | ai_keywords | kw recall (ai_keywords) | kw noise (ai_keywords) | verbatim in text | among candidates |',
			'| --- | -: | -: | -: | -: | -: | -: |',
			'| nlp | 1 | 2 | 0.50 | 0.50 | 1.00 | 0.50 |',
			'| **overall** | **1** | **2** | **0.50** | **n/a** | **1.00** | **0.50** |',
		]);
	});
});

describe('formatAiKeywordDetails', () => {
	it('lists each missed entry with its reason and the noisy keyphrases', () => {
		expect(formatAiKeywordDetails([result])).toBe(
			'2407.13168 [nlp, ai_keywords]\n  ai_keywords missed: scientific AI (no candidate)\n  keyphrases noise: main problems',
		);
	});
});

describe('formatTopics', () => {
	it('prints each derived topic with its paper count, so a large "Other papers" shows', () => {
		expect(formatTopics([{ title: 'Language models', nounPhrase: true, papers: 15 }, { title: 'Propose, used', nounPhrase: false, papers: 2 }, { title: 'Other papers', nounPhrase: true, papers: 14 }])).toBe(
			'Derived topics: 2/3 noun phrases — Language models (15); Propose, used (2) (not a noun phrase); Other papers (14).',
		);
	});
});

describe('formatSummaryRoles', () => {
	const overall = { summarySentences: 12, summaryPapers: 2, summaryRoles: 0.75, summaryRolesByPart: { problem: 0.5, approach: 1, results: null } } as SummaryRow;
	it('prints the share of labelled sentences in their gold part, overall and per part', () => {
		expect(formatSummaryRoles(overall)).toBe(
			'Sentence roles (summary): 0.75 of 12 sentences of 2 papers in their gold part (problem 0.50, approach 1.00, results n/a).',
		);
	});
	it('says so when no gold paper labels roles', () => {
		expect(formatSummaryRoles({ ...overall, summarySentences: 0 })).toBe('Sentence roles: no gold paper here labels them.');
	});
});
