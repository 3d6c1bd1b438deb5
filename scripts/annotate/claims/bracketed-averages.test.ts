import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { findBracketedAverages } from './bracketed-averages.ts';
import { findClaimValues } from './claim-values.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

// Outcomes of surgical and clinical reports written after the form of held-out abstracts, and one file of ranges that
// describe the sample (ages, follow-up, body mass); each line is read through the whole claim pipeline, so the stored
// claims change if `findBracketedAverages` leaves `VALUE_FINDERS`.
describeStoredOutputs(new URL('./fixtures/bracketed-averages/', import.meta.url), 'findBracketedAverages on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

const averages = (text: string) => findBracketedAverages(text).map((v) => v.text);

describe('findBracketedAverages', () => {
	it('reads the average bracketed after the range of an outcome, from its word of averaging', () => {
		expect(averages('Spinal fusion after bone graft required 3 to 8 months (average, 4.9 months).')).toEqual(['average, 4.9 months']);
		expect(averages('Bone graft fusion ranged from 3 to 8 months (average 4.7 months).')).toEqual(['average 4.7 months']);
		expect(averages('Growth ranged from 3.5 cm year–1 to 13.8 cm year–1 (mean = 7.03 cm year–1).')).toEqual(['mean = 7.03 cm year–1']);
	});

	it('leaves the ranges of ages, follow-up and enrolment, and a bracket after no range', () => {
		expect(averages('Patients aged 20 to 60 years (mean 41 years) were enrolled.')).toEqual([]);
		expect(averages('RESULTS All patients were followed-up for 12 to 36 months (average 22.5 months).')).toEqual([]);
		expect(averages('Fusion took 5 months (average of the group).')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Spinal fusion after bone graft required 3 to 8 months (average, 4.9 months).').map((v) => v.text)).toEqual(['average, 4.9 months']);
	});
});
