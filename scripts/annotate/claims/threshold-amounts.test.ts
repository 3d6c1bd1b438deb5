import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findThresholdAmounts } from './threshold-amounts.ts';

const thresholds = (text: string) => findThresholdAmounts(text).map((v) => v.text);

describe('findThresholdAmounts', () => {
	it('reads the level in a unit a finding says its relation changes at', () => {
		expect(thresholds('We found that wheezing rises with smoke exposure, with the rise slowing for exposures above about 300–600 µg/m3.')).toEqual([
			'about 300–600 µg/m3',
		]);
		expect(thresholds('Results indicate that survival drops at temperatures higher than 34 °C.')).toEqual(['34 °C']);
	});

	it('reads the micro sign a converter gives as a mathematical italic mu', () => {
		expect(thresholds('We found that uptake levels off below 5 𝜇g/L.')).toEqual(['5 𝜇g/L']);
	});

	it('leaves a level outside a finding, before its verb, and a duration', () => {
		expect(thresholds('Samples were heated above 300 °C before grinding.')).toEqual([]);
		expect(thresholds('At doses above 40 mg/L, we found that growth slows.')).toEqual([]);
		expect(thresholds('We found that the effect lasts more than 2 years.')).toEqual([]);
	});

	// After a thermal-biology abstract of the form of round 30's (a secretion's regeneration rate and temperature).
	it('reads the level up to which a relation a finding states holds, never a bound on what was exposed or gained', () => {
		expect(thresholds('We show that the regeneration rate followed a positive, linear relationship up to 35 degrees C, but broke down beyond it.')).toEqual([
			'35 degrees C',
		]);
		expect(thresholds('We found that growth rose steadily up to 28 °C.')).toEqual(['28 °C']);
		expect(thresholds('We found that larvae were exposed to temperatures up to 30 °C.')).toEqual([]);
		expect(thresholds('We show that the error falls by up to 5 mm.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The data show that nitrate leaching rises sharply above 150 kg/ha.').map((v) => v.text)).toEqual(['150 kg/ha']);
	});
});
