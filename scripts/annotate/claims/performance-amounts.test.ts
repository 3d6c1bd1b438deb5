import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { findClaimValues } from './claim-values.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';
import { findPerformanceAmounts } from './performance-amounts.ts';

const amounts = (text: string) => findPerformanceAmounts(text).map((v) => v.text);

// Sentences written after optics and robotics abstracts that state a device's precision, resolution and reach, with a
// map's resolution that is a setting; each line is read through the whole claim pipeline, so the stored claims change if
// `findPerformanceAmounts` leaves `VALUE_FINDERS` or the error reader loses its bracketed acronym.
describeStoredOutputs(new URL('./fixtures/performance-amounts/', import.meta.url), 'findPerformanceAmounts on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

describe('findPerformanceAmounts', () => {
	it('reads an amount written before the noun of what it is, with a space or a hyphen', () => {
		expect(amounts('The spot is steered with 35μm precision.')).toEqual(['35μm']);
		expect(amounts('It gives roughly 12 µm-axial resolution.')).toEqual(['12 µm']);
		expect(amounts('We achieve a 3×3 mm2 scanning range.')).toEqual(['3×3 mm2']);
		expect(amounts('The arm repeats poses with 0.1° accuracy.')).toEqual(['0.1°']);
	});

	it('reads an amount after a noun of reach and "of"', () => {
		expect(amounts('The lens keeps a depth of focus of 950 μm.')).toEqual(['950 μm']);
		expect(amounts('The lateral resolution (LR) was 4 µm.')).toEqual(['4 µm']);
	});

	it('leaves a plain or spatial resolution, which sets up a map or a model, and amounts in no unit of length or angle', () => {
		expect(amounts('Land cover was mapped at 30 m resolution.')).toEqual([]);
		expect(amounts('The model runs at a spatial resolution of 1 km.')).toEqual([]);
		expect(amounts('The classifier reached 93% accuracy.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The spot is steered with 35μm precision.').map((v) => v.text)).toEqual(['35μm']);
	});
});
