import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('countsPoints', () => {
	it('drops the points a path, a grid or a set is made of', () => {
		expect(values('A branch and bound algorithm could calculate the minimum energy consumption path of 17 points in 300 s.')).toEqual(['300 s']);
		expect(values('The algorithm could calculate the travel path within 30 points in 60 s.')).toEqual(['60 s']);
	});

	it('keeps score points a change or a score gives', () => {
		expect(values('It improves accuracy by 3.5 points.')).toEqual(['3.5 points']);
		expect(values('The model is 17 points higher than the baseline.')).toEqual(['17 points']);
		expect(values('This yields a gain of 4 points on MMLU.')).toEqual(['4 points']);
	});
});
