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
		).toEqual([false, true, true, true]);
	});

	it('reads the scope told in the active voice, the review or its authors the subject', () => {
		expect(
			statesReviewScope([
				'Immune cells gather in damaged tissue, where oxygen is scarce.',
				'Here we review the evidence for oxygen-driven responses of these cells.',
				'This review reports on and discusses the pathways involved.',
				'We synthesize the literature on cold extremes in the ocean.',
			]),
		).toEqual([false, true, true, true]);
	});

	it('reads a paper that calls itself an overview as a review, and its closing "… are discussed" as its scope', () => {
		expect(
			statesReviewScope([
				'Ports need more energy every year.',
				'In this paper, an overview of harbour microgrids in terms of their design and control is presented.',
				'Open research questions are discussed towards a greener port.',
			]),
		).toEqual([false, true, true]);
		expect(statesReviewScope(['This chapter provides a brief overview of sensors for ships.', 'Calibration methods are discussed.'])).toEqual([false, true]);
		// an overview of the paper's own system is no review
		expect(statesReviewScope(['We give an overview of our tool.', 'Implications are discussed.'])).toEqual([false, false]);
	});

	it('leaves the same verbs alone in an abstract that does not call itself a review', () => {
		expect(statesReviewScope(['We discuss the implications of the trial.', 'This paper presents a sensor.'])).toEqual([false, false]);
	});

	it('leaves the closing "… are discussed" of a research paper, which says what its findings mean', () => {
		expect(statesReviewScope(['We tested a vaccine in 400 adults.', 'Antibody levels rose by 40%.', 'Implications are discussed.'])).toEqual([false, false, false]);
	});
});
