import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('setsAssessmentTime (a claim value reading)', () => {
	it('leaves out a follow-up time and an exposure window of the design', () => {
		expect(values('Function was assessed at baseline (T1), after the 8-week programme (T2), and 6 months later (T3) using the index.')).toEqual([]);
		expect(values('Infants delivered within 7 days of dosing had less distress.')).toEqual([]);
	});

	it('keeps a time a process takes and a duration a result reaches', () => {
		expect(values('The model converges within 40 min.')).toEqual(['40 min']);
		expect(values('Median survival improved from 9 to 14 months after surgery.')).toContain('9 to 14 months');
	});
});
