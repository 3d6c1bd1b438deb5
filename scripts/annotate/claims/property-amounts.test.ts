import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findPropertyAmounts } from './property-amounts.ts';

const amounts = (text: string) => findPropertyAmounts(text).map((v) => v.text);

describe('findPropertyAmounts', () => {
	// After 10.1016/j.polymer.2013.06.009 of scripts/eval/listings/unseen-round32-fracture-epoxies.xml.
	it('reads a named property measured in a unit, the passive of measuring after it', () => {
		expect(amounts('For example, at −109 °C, a fracture energy of 481 J/m2 was measured using 20 wt% of the particles.')).toEqual(['481 J/m2']);
		expect(amounts('A peak stress of about 80 MPa was recorded in the bond line.')).toEqual(['80 MPa']);
	});

	it('reads a named property a past verb of possessing or showing gives the thing studied', () => {
		expect(amounts('This was an increase on the unmodified epoxy, which possessed a value of GIc of 174 J/m2 at this temperature.')).toEqual(['174 J/m2']);
		expect(amounts('The blend exhibited a fracture toughness of 2.1 MPa·m1/2.')).toEqual(['2.1 MPa·m1/2']);
		expect(amounts('The coated panels showed an impact strength of 12 kJ/m².')).toEqual(['12 kJ/m²']);
	});

	it('leaves a setting applied, a sample described, and a count', () => {
		expect(amounts('A dose of 5 mg/kg was administered daily.')).toEqual([]);
		expect(amounts('A load of 50 N was applied to each joint.')).toEqual([]);
		expect(amounts('The patients had a mean BMI of 28 kg/m2.')).toEqual([]);
		expect(amounts('The survey showed a total of 300 respondents.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('At −109 °C, a fracture energy of 481 J/m2 was measured.').map((v) => v.text)).toEqual(['481 J/m2']);
	});
});
