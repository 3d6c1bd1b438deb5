import { describe, expect, it } from 'vitest';
import { findDeviceSpecifications } from './device-specifications.ts';
import { findClaimValues } from './claim-values.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

const specifications = (text: string) => findDeviceSpecifications(text).map((v) => v.text);

describe('findDeviceSpecifications', () => {
	// Optics and instrument papers: what the presented design has, with or without a unit.
	it('reads what the presented thing has, named before "of"', () => {
		expect(specifications('We present an objective lens made from catalog singlets that has a numerical aperture of 0.36.')).toEqual(['0.36']);
		expect(specifications('It corrects for the window and has a long working distance of 35 mm, so it fits a vacuum system.')).toEqual(['35 mm']);
		expect(specifications('We built a cavity which has a finesse of 12.5 at 780 nm.')).toEqual(['12.5']);
	});

	it('reads the most a plural property of the design reaches, in a unit', () => {
		expect(specifications('The design corrects for window thicknesses of up to 15 mm if the spacings are changed.')).toEqual(['15 mm']);
	});

	it('leaves a site, a sample and a count a noun subject has, and a whole number with no unit', () => {
		expect(specifications('The study area has an area of 500 km2.')).toEqual([]);
		expect(specifications('The cohort has a mean age of 61.2 years.')).toEqual([]);
		expect(specifications('The city, which has a population of 5 million, grew fast.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('We present a lens that has a numerical aperture of 0.36.').map((v) => v.text)).toEqual(['0.36']);
	});
});

describeStoredOutputs(new URL('./fixtures/device-specifications/', import.meta.url), 'device specifications of fixture %s', 'give the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);
