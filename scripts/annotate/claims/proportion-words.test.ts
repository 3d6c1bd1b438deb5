import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';
import { findProportionWords } from './proportion-words.ts';

// Sentences of forecast evaluations, physics, chemistry and agriculture written after the form of
// held-out abstracts, and one file of shares that describe a sample; each line is read through the
// whole claim pipeline, so the stored claims change if `findProportionWords` leaves `VALUE_FINDERS`.
describeStoredOutputs(new URL('./fixtures/proportion-words/', import.meta.url), 'findProportionWords on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

const shares = (text: string) => findProportionWords(text).map((v) => v.text);

describe('findProportionWords', () => {
	it('takes a bounded share, the end of a change, and a share its clause compares', () => {
		expect(shares('Over half of the models did so.')).toEqual(['Over half']);
		expect(shares('It cut the cost to a third of the budget.')).toEqual(['a third']);
		expect(shares('Three of the five systems ran faster than the baseline.')).toEqual(['Three of the five']);
	});

	// Survey findings of economics and public health: who said or did what, and a share a copula reports.
	it('takes a bounded share of a plural group, one that is the subject of a verb, and one a copula reports', () => {
		expect(shares('Only one-fifth of respondents said the rebate would raise spending.')).toEqual(['Only one-fifth']);
		expect(shares('Almost half said they would pay off debt, while about a third saying it would lead them to save.')).toEqual([
			'Almost half',
			'about a third',
		]);
		expect(shares('The implied propensity to spend was about one-third, and no lagged effect was found.')).toEqual(['about one-third']);
		expect(shares('Two-thirds of the population accumulate a significant amount of debt.')).toEqual(['Two-thirds']);
	});

	it('leaves a bounded share a copula describes, and a bounded share of an amount', () => {
		expect(shares('About half were women and most lived in rural districts.')).toEqual([]);
		expect(shares('We kept about a third for testing.')).toEqual([]);
	});

	it('leaves a bare share in a clause that compares nothing, or only after "not"', () => {
		expect(shares('Half of the plots were irrigated, while the rest improved without water.')).toEqual([]);
		expect(shares('Scores not exceeding half of their maximum were dropped.')).toEqual([]);
	});

	it('takes a bounded share of a whole no plural names, a mass or an area', () => {
		expect(shares('We estimate that nearly two-thirds of arable land will face drier summers.')).toEqual(['nearly two-thirds']);
		expect(shares('Two-thirds of arable land lies in the lowlands.')).toEqual([]);
	});

	it('takes a count of a counted whole written "N out of M", and "larger" as a comparison', () => {
		expect(shares('The printed parts had larger errors in three out of eight builds.')).toEqual(['three out of eight']);
		expect(shares('Its drift was smaller in 5 out of the 6 runs.')).toEqual(['5 out of the 6']);
		expect(shares('Two out of five sites were coastal.')).toEqual([]);
	});

	it('reads a count of a counted whole in digits with no "the", when its clause compares', () => {
		expect(shares('The new scheduler beat the default one on 17 of 20 workloads.')).toEqual(['17 of 20']);
		expect(shares('We sampled 3 of 10 plots in each valley.')).toEqual([]);
	});

	it('reads a bounded share of the quantity named after "the"', () => {
		expect(shares('Cheaper sensors reach only about half the resolution of the reference.')).toEqual(['only about half']);
		expect(shares('Half the plots were fenced.')).toEqual([]);
		expect(shares('The contour runs over half the unit circle before it closes.')).toEqual([]);
	});

	it('is asked of a sentence whose only share is in digits', () => {
		expect(findClaimValues('The new scheduler beat the default one on 17 of 20 workloads.').map((v) => v.text)).toEqual(['17 of 20']);
	});
});
