import { describe, expect, it } from 'vitest';
import { findBoundedScores } from './bounded-scores.ts';
import { findClaimValues } from './claim-values.ts';

const scores = (text: string) => findBoundedScores(text).map((v) => v.text);

describe('findBoundedScores', () => {
	// After 2603.27862 (ImagenWorld) of scripts/eval/listings/unseen-round31-hf-daily-2026-03-31.json.
	it('reads a decimal score bounded right after its noun, singular or plural', () => {
		expect(scores('(4) modern VLM-based metrics achieve Kendall accuracies up to 0.79, approximating human ranking.')).toEqual(['0.79']);
		expect(scores('Inter-rater agreements as high as 0.91 were reached, with correlations of approximately .85.')).toEqual(['0.91', '.85']);
	});

	it('leaves years, counts and scores without a bound', () => {
		expect(scores('The fourth analysis used final scores up to 2004 and a pedigree matrix.')).toEqual([]);
		expect(scores('Scores ranged widely, and thresholds up to 0.5 were tried.')).toEqual([]);
		expect(scores('Accuracies were recorded up to 10 times.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Modern metrics achieve Kendall accuracies up to 0.79.').map((v) => v.text)).toEqual(['0.79']);
	});
});
