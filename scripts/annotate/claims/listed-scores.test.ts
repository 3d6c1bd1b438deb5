import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findListedScores } from './listed-scores.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

const listed = (text: string) => findListedScores(text).map((v) => v.text);

describe('findListedScores', () => {
	// After 10.1109/tim.2024.3370756 of scripts/eval/listings/unseen-round29-pavement-defects.bib.
	it('reads every score of a list after a verb of achieving, each with its metric', () => {
		expect(listed('For defect localization, the proposed method achieved 0.925 AUROC, 0.791 per-region-overlap (PRO), and 0.744 DICE.')).toEqual(['0.925 AUROC', '0.791', '0.744 DICE']);
		expect(listed('It reaches 81.2% accuracy and 77.0% F1 on the test set.')).toEqual(['81.2%', '77.0% F1']);
	});

	it('leaves counts, places in parallel and a single score', () => {
		expect(listed('It achieved 3 wins, 2 draws and 1 loss.')).toEqual([]);
		expect(listed('We obtained 0.93 on X, 0.88 on Y.')).toEqual([]);
		expect(listed('It achieved 0.93 accuracy.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The method achieved 0.925 AUROC, 0.791 per-region-overlap (PRO), and 0.744 DICE.').map((v) => v.text)).toEqual(['0.925 AUROC', '0.791', '0.744 DICE']);
	});
});

describe('listedScoreMeasure', () => {
	it('gives each listed score the metric its item names, not the phrase before the list', () => {
		const [claims] = claimsWithMeasures('For defect localization, the proposed method achieved 0.925 AUROC, 0.791 per-region-overlap (PRO), and 0.744 DICE.');
		expect(claims).toEqual(['0.925 AUROC → AUROC', '0.791 → per-region-overlap (PRO)', '0.744 DICE → DICE']);
	});
});
