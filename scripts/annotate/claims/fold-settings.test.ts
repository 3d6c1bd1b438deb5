import { describe, expect, it } from 'vitest';
import { splitsFolds } from './fold-settings.ts';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('splitsFolds', () => {
	it('reads the folds of a cross-validation as a setting, in words or digits', () => {
		expect(values('The results of the ten-fold cross-validation are 0.84 and 0.81, respectively.')).toEqual(['0.84', '0.81']);
		expect(values('Nested 5-fold CV gave an accuracy of 0.93.')).toEqual(['0.93']);
		expect(values('Accuracy was 91% in a 10-fold stratified cross validation.')).toEqual(['91%']);
	});

	it('leaves a multiple a result is stated in', () => {
		expect(values('Results show an almost 10-fold increase in the literature.')).toEqual(['10-fold']);
		expect(values('The new solver is ten-fold faster than the baseline.')).toEqual(['ten-fold']);
	});
});
