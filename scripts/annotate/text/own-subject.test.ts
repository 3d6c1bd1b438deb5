import { describe, expect, it } from 'vitest';
import { contributionScore } from './tldr.ts';
import { actsAsPaper } from './own-subject.ts';

describe('actsAsPaper', () => {
	// After entries of unseen-first-population-geography.bib, unseen-first-hf-daily-2025-10-15.json and unseen-hydrology.bib.
	it('reads the paper as the subject of a verb no list holds', () => {
		expect(actsAsPaper('This paper compares the accuracy of three commonly utilized methods of areal interpolation.')).toBe(true);
		expect(actsAsPaper('This study adds to our understanding of the relative merits of alternative methods.')).toBe(true);
		expect(actsAsPaper('The current research examines the performance of alternative sources of ancillary data.')).toBe(true);
		expect(actsAsPaper('This tutorial navigates the landscape of modern robot learning.')).toBe(true);
		expect(actsAsPaper('To address this gap, this survey provides the first systematic review of the field.')).toBe(true);
		expect(actsAsPaper('In this study, we incorporate landscape metrics into intelligent dasymetric mapping.')).toBe(true);
	});

	it('leaves the paper\'s layout, what it uses, and a sentence about other work', () => {
		expect(actsAsPaper('This paper is organized as follows.')).toBe(false);
		expect(actsAsPaper('This study takes advantage of three wildfires in tropical savanna.')).toBe(false);
		expect(actsAsPaper('This shift from classical methods is unlocking new capabilities.')).toBe(false);
		expect(actsAsPaper('In this study, we were able to map every tract.')).toBe(false);
		expect(actsAsPaper('Previous studies compare areal weighting with land cover.')).toBe(false);
	});

	it('lets such a sentence outscore a background definition', () => {
		const title = 'Comparison of dasymetric mapping techniques for small-area population estimates';
		expect(contributionScore('The current research examines the performance of alternative sources of ancillary data.', title)).toBeGreaterThan(
			contributionScore('Dasymetric mapping techniques can be employed to estimate population characteristics of small areas.', title),
		);
	});
});
