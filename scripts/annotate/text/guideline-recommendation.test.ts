import { describe, expect, it } from 'vitest';
import { recommendsAsGuideline } from './guideline-recommendation.ts';

describe('recommendsAsGuideline', () => {
	it('reads the normative sentences of an abstract that names the body recommending', () => {
		expect(
			recommendsAsGuideline([
				'Urinary tract infections are common in infants.',
				'Infants with fever should be tested for them.',
				'The National Paediatric Society recommends oral cefixime for 10 days.',
				'Imaging is indicated after a second infection.',
			]),
		).toEqual([false, true, true, true]);
		expect(recommendsAsGuideline(['These guidelines cover adults.', 'Statins are recommended in diabetes.'])).toEqual([false, true]);
	});

	it("leaves a research paper's own recommendation to its results", () => {
		expect(recommendsAsGuideline(['We tested two drugs in 200 patients.', 'We recommend that drug A should be preferred.'])).toEqual([false, false]);
	});
});
