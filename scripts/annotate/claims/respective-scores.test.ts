import { describe, expect, it } from 'vitest';
import { findRespectiveScores } from './respective-scores.ts';
import { findClaimValues } from './claim-values.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

const scores = (text: string) => findRespectiveScores(text).map((v) => v.text);

describe('findRespectiveScores', () => {
	// Classification papers report one score of several models as a "respectively" list of bare decimals.
	it('reads every decimal of a list whose clause names the score before its verb', () => {
		expect(scores('The AUC of the A, B, C, and D models used in this study are 0.99, 0.97, 0.96, and 0.97, respectively.')).toEqual(['0.99', '0.97', '0.96', '0.97']);
		expect(scores('The accuracies were found to be 0.81 and 0.85, respectively.')).toEqual(['0.81', '0.85']);
		expect(scores('It rose; the results of the ten-fold cross-validation are 0.84, 0.81, 0.81, and 0.85, respectively.')).toEqual(['0.84', '0.81', '0.81', '0.85']);
	});

	it('reads a list whose score noun follows it', () => {
		expect(scores('PLS-DA, PCA-KNN, and SVM demonstrated 0.823, 0.914, and 0.903 accuracies, respectively.')).toEqual(['0.823', '0.914', '0.903']);
	});

	it('leaves lists that name no score, counts and lists without "respectively"', () => {
		expect(scores('The weights of the two terms were 0.3 and 0.7, respectively.')).toEqual([]);
		expect(scores('The accuracy was assessed in 12 and 15 patients, respectively.')).toEqual([]);
		expect(scores('The accuracies were 0.81 and 0.85 on the two sets.')).toEqual([]);
		// The score named in an earlier clause is not this list's.
		expect(scores('The accuracy was high; the thresholds were 0.5 and 0.7, respectively.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The AUC values of A and B were 0.91 and 0.87, respectively.').map((v) => v.text)).toEqual(['0.91', '0.87']);
	});
});

describeStoredOutputs(new URL('./fixtures/respective-scores/', import.meta.url), 'classifier scores of fixture %s', 'give the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);
