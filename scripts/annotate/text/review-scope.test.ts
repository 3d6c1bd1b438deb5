import { describe, expect, it } from 'vitest';
import { statesReviewScope } from './review-scope.ts';

describe('statesReviewScope', () => {
	it("reads what a review covers as its scope, in an abstract that calls itself a review", () => {
		expect(
			statesReviewScope([
				'Raman spectroscopy has become a main technique for gas analysis.',
				'In this review article we summarize the main contributions.',
				'Beside the basic methods, the difficulties of calibration are discussed.',
				'The techniques reviewed include open-path and cell measurements.',
			]),
		).toEqual([false, false, true, true]);
	});

	it('leaves the closing "… are discussed" of a research paper, which says what its findings mean', () => {
		expect(statesReviewScope(['We tested a vaccine in 400 adults.', 'Antibody levels rose by 40%.', 'Implications are discussed.'])).toEqual([false, false, false]);
	});
});
