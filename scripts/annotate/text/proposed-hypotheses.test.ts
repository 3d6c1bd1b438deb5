import { describe, expect, it } from 'vitest';
import { withoutProposedHypotheses } from './proposed-hypotheses.ts';

describe('withoutProposedHypotheses', () => {
	it('takes out a verb of proposing whose object is hypotheses', () => {
		expect(withoutProposedHypotheses('Thus, this paper proposes six hypotheses to be tested: H1: …')).toBe('Thus, this paper  to be tested: H1: …');
		expect(withoutProposedHypotheses('We develop the following hypotheses on succession.')).toBe('We  on succession.');
		expect(withoutProposedHypotheses('The authors put forward two competing hypotheses.')).toBe('The authors .');
	});

	it('keeps a contribution that only mentions a hypothesis', () => {
		expect(withoutProposedHypotheses('We propose a hypothesis-driven planner for field robots.')).toBe('We propose a hypothesis-driven planner for field robots.');
		expect(withoutProposedHypotheses('We propose a method to test hypotheses about gene flow.')).toBe('We propose a method to test hypotheses about gene flow.');
	});
});
