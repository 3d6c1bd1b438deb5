import { describe, expect, it } from 'vitest';
import { findPerMagnitudeRates } from './per-magnitude-rates.ts';

const rates = (text: string) => findPerMagnitudeRates(text).map((v) => v.text);

describe('findPerMagnitudeRates', () => {
	it('reads a count per a round magnitude of exposure, in words or digits', () => {
		expect(rates('The district had an estimated 41 fatalities per million vehicle kilometres travelled.')).toEqual(['41 fatalities per million vehicle kilometres']);
		expect(rates('Incidence reached 12.5 cases per 100,000 person-years in the cohort.')).toEqual(['12.5 cases per 100,000 person-years']);
		expect(rates('Mortality was 4 deaths per 1000 live births.')).toEqual(['4 deaths per 1000 live births']);
	});

	it('reads a count coordinated before the rate as sharing its denominator', () => {
		expect(rates('The town saw 30 deaths and 900 serious injuries per billion trips made.')).toEqual(['30 deaths', '900 serious injuries per billion trips made']);
	});

	it('leaves counts per one thing, which set up a design', () => {
		expect(rates('We sample 10 images per class and 3 prompts per task.')).toEqual([]);
		expect(rates('Each of the 200 participants rated 5 items per page.')).toEqual([]);
	});
});
