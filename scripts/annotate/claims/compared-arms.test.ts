import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('comparesArms', () => {
	it('drops the pair of arms a trial, a comparison or an allocation is of', () => {
		expect(values('A prospective randomized open labeled clinical trial of 6 versus 12 months ATT in patients.')).toEqual([]);
		expect(values('Patients were randomized to 2 vs. 4 weeks of therapy.')).toEqual([]);
	});

	it('keeps a pair a finding sets against each other', () => {
		expect(values('Mortality was 12% versus 18% in the control arm.')).toEqual(['12% versus 18%']);
		expect(values('It keeps an average of 0.37 scene cuts versus 0.89.')).toEqual(['0.37 scene cuts versus 0.89']);
	});
});
