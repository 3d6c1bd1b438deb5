import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { listedBefore } from './listed-numbers.ts';
import { findMeasuredAmounts } from './measured-amounts.ts';

const amounts = (text: string) => findMeasuredAmounts(text).map((v) => v.text);

describe('listedBefore', () => {
	it('gives each bare number of a closed list that ends at a position', () => {
		const text = 'Nitrate fell by 2.1, 0.4, and 3.3 mg/L.';
		expect(listedBefore(text, text.indexOf('3.3'))).toEqual([
			{ index: 16, text: '2.1' },
			{ index: 21, text: '0.4' },
		]);
		// no "and" or "or" closes it
		expect(listedBefore('depths of 5, 10 m', 13)).toEqual([]);
	});
});

describe('bare numbers listed before an amount', () => {
	// Hydrology, animal nutrition: a change by several amounts, the unit written once after the last.
	it('share the unit and the report of the amount after them', () => {
		expect(amounts('Nitrate, phosphate and silicate fell by 2.1, 0.4, and 3.3 mg/L, respectively.')).toEqual(['2.1', '0.4', '3.3 mg/L']);
		expect(amounts('The additive increased water intake by 1.3 and 1.9 L/d.')).toEqual(['1.3', '1.9 L/d']);
		expect(amounts('Mobilities were 1.02 and 9.65 cm2/(V s).')).toEqual(['1.02', '9.65 cm2/(V s)']);
		// a list no verb reports is a setting
		expect(amounts('Plots of 5, 10 and 20 m were sampled.')).toEqual([]);
	});

	// Nutrition, pharmacology, hydrology: the day as its symbol after a slash.
	it('read a rate per day written with the symbol d', () => {
		expect(amounts('Mean water intake was 62.5 L/d.')).toEqual(['62.5 L/d']);
		expect(amounts('Intake was reduced (3.4 kg/d) compared with controls (1.1 kg/d).')).toEqual([]);
		expect(findClaimValues('Intake fell more in group A (3.4 kg/d) than in group B (1.1 kg/d).').map((v) => v.text)).toEqual(['3.4 kg/d', '1.1 kg/d']);
	});
});
