import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findBracketedRates } from './bracketed-rates.ts';

const rates = (text: string) => findBracketedRates(text).map((v) => v.text);

describe('findBracketedRates', () => {
	it('takes a rate in a compound unit bracketed after what a finding names', () => {
		expect(rates('The highest average human biting rates were recorded from An. albimanus (9.8 bites/person/night) and An. punctimacula (6.2 bites/person/night).')).toEqual([
			'9.8 bites/person/night',
			'6.2 bites/person/night',
		]);
		expect(rates('Mean densities were highest at the outer station (412 ind./m2).')).toEqual(['412 ind./m2']);
	});

	it('leaves doses and feedings, a sentence reporting no finding, and a unit of one part', () => {
		expect(rates('Patients received high doses (150mg/kg/day) of amoxicillin.')).toEqual([]);
		expect(rates('Samples were stored in buffer (5 mg/mL) before use.')).toEqual([]);
		expect(rates('The highest yield was recorded in the north (12 tonnes).')).toEqual([]);
	});
});

describe('findClaimValues with bracketed rates', () => {
	it('finds the rate as a result', () => {
		expect(findClaimValues('The local average human biting rate (9.3 bites/person/night) suggests a role in transmission.').map((v) => v.text)).toEqual(['9.3 bites/person/night']);
	});
});
