import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from '../annotate/text/keyphrases.ts';
import type { GoldPaper } from './gold.ts';
import { evaluateAiKeywords, summariseAiKeywords } from './score-ai-keywords.ts';

const title = 'Sparse attention for long videos';
const abstract = 'We propose a sparse attention kernel for video diffusion models. It cuts the memory of long video generation.';
const gold = (keywords: string[], field = 'vision'): GoldPaper => ({
	key: '1',
	field,
	title,
	entities: [],
	optionalEntities: [],
	claims: [],
	optionalClaims: [],
	tldr: [],
	keywords,
	keywordSource: 'ai_keywords',
});
const input = (predicted: string[]) => ({ title, abstract, predicted, candidates: extractKeyphraseCandidates(abstract) });

describe('evaluateAiKeywords', () => {
	it('scores recall and noise with the keyphrase matching rules, no name counting as known', () => {
		const result = evaluateAiKeywords(input(['video diffusion model', 'memory']), gold(['video diffusion models', 'sparse attention kernel']));
		expect(result.keywords).toMatchObject({ reference: 2, recalled: 1, predicted: 2, noise: 1, noisy: ['memory'] });
	});

	it('tells a miss apart: a candidate ranked out, in the text but no candidate, or not in the text', () => {
		const result = evaluateAiKeywords(input([]), gold(['sparse attention kernel', 'attention for long videos', 'efficient inference']));
		expect(result.misses).toEqual([
			{ keyword: 'sparse attention kernel', reason: 'ranked out' },
			{ keyword: 'attention for long videos', reason: 'no candidate' },
			{ keyword: 'efficient inference', reason: 'not in the text' },
		]);
		expect(result).toMatchObject({ verbatim: 2, candidates: 1 });
	});

	it('finds an entry verbatim in the title as well as the abstract, whatever its case', () => {
		expect(evaluateAiKeywords(input([]), gold(['Sparse Attention', 'LONG VIDEO GENERATION'])).verbatim).toBe(2);
	});
});

describe('summariseAiKeywords', () => {
	it('adds counts up before dividing, per field and overall', () => {
		const a = evaluateAiKeywords(input(['sparse attention kernel']), gold(['sparse attention kernel', 'efficient inference']));
		const b = evaluateAiKeywords(input(['memory']), gold(['video diffusion models'], 'nlp'));
		const rows = summariseAiKeywords([a, b]);
		expect(rows.map((r) => r.field)).toEqual(['nlp', 'vision', 'overall']);
		expect(rows[2]).toMatchObject({ papers: 2, entries: 3, recall: 1 / 3, noise: 1 / 2, verbatim: 2 / 3, candidates: 2 / 3 });
	});
});
