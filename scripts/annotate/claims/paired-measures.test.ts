import { describe, expect, it } from 'vitest';
import { extractClaims } from '../text/claims.ts';
import { splitSentences } from '../sentences.ts';
import { findClaimValues } from './claim-values.ts';
import { pairedMeasures } from './paired-measures.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

const pairs = (text: string) => {
	const values = findClaimValues(text).map((v) => ({ start: v.index, end: v.index + v.text.length, text: v.text }));
	const paired = pairedMeasures(text, values);
	return values.map((v, i) => [v.text, paired.has(i) ? text.slice(paired.get(i)!.start, paired.get(i)!.end) : null]);
};

describe('pairedMeasures', () => {
	it('pairs a list of measures with as many values by position', () => {
		expect(pairs('The test has an overall accuracy, sensitivity, and specificity of 91.2%, 88.5%, and 93.1%, respectively.')).toEqual([
			['91.2%', 'overall accuracy'],
			['88.5%', 'sensitivity'],
			['93.1%', 'specificity'],
		]);
		expect(pairs('The chip has an average latency and energy consumption of 2.4 ms and 6.1 mJ per window.')).toEqual([
			['2.4 ms', 'average latency'],
			['6.1 mJ', 'energy consumption'],
		]);
		// What the measures are of may stand between them and the copula; a confidence interval between the values.
		expect(pairs('The sensitivity and specificity of the patch in older adults were 84% (95% CI 80%-88%) and 91% (95% CI 87%-94%).')).toEqual([
			['84%', 'sensitivity'],
			['91%', 'specificity'],
		]);
		expect(pairs('In night recordings, the sensitivity and specificity reached 81% and 90%, respectively.')).toEqual([
			['81%', 'sensitivity'],
			['90%', 'specificity'],
		]);
	});

	it('pairs nothing with a fronted phrase and a subject, which no "and" closes as a list', () => {
		// After 10.1109/tim.2024.3370756 of scripts/eval/listings/unseen-round29-pavement-defects.bib.
		const text = 'For defect localization, the proposed method achieved 0.925 AUROC, 0.791 per-region-overlap (PRO), and 0.744 DICE.';
		const values = [{ start: 54, end: 65 }, { start: 67, end: 72 }];
		expect(text.slice(54, 65)).toBe('0.925 AUROC');
		expect(pairedMeasures(text, values).size).toBe(0);
		expect(pairedMeasures('The sensitivity and specificity were 86% and 94%.', [{ start: 37, end: 40 }, { start: 45, end: 48 }]).size).toBe(2);
	});

	it('pairs nothing when the counts differ, or the listed words are names', () => {
		expect(pairs('The sensitivity and specificity were 86%, 94% and 97%.').every(([, m]) => m === null)).toBe(true);
		expect(pairs('ResNet and ViT reached 76% and 81% on the test set.').every(([, m]) => m === null)).toBe(true);
	});

	it('gives each claim its own measure, where each took the last one before', () => {
		const abstract = 'We test a patch. The sensitivity and specificity were 86% and 94%, respectively.';
		const claims = extractClaims(abstract, splitSentences(abstract), []);
		expect(claims.map((c) => c.measure?.text)).toEqual(['sensitivity', 'specificity']);
	});
});

// Chemistry: "respectively" set before the values, after the names it pairs them with, is no measure of the list; the
// last line is a list of measures, paired as before. Read through the whole claim pipeline.
describeStoredOutputs(new URL('./fixtures/paired-measures/', import.meta.url), 'pairedMeasures on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);
