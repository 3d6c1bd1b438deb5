import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findProcessCosts } from './process-costs.ts';

const costs = (text: string) => findProcessCosts(text).map((v) => v.text);

describe('findProcessCosts', () => {
	it('reads the time, memory or energy a process costs, takes, requires or consumes', () => {
		expect(costs('The detector costs 3.9 ms per frame and requires 1.2 GB of memory.')).toEqual(['3.9 ms', '1.2 GB']);
		expect(costs('Each classification consumes only 7.5 mJ.')).toEqual(['7.5 mJ']);
	});

	it('reads the time a passive verb says a thing is done in', () => {
		expect(costs('On the newest card, a full volume is rendered in 1.8–4.6 ms.')).toEqual(['1.8–4.6 ms']);
		expect(costs('Each image was segmented in 0.2 s.')).toEqual(['0.2 s']);
	});

	it('leaves a duration of a study, a dose, a count and a year', () => {
		expect(costs('The trial takes 3 years and requires 40 participants.')).toEqual([]);
		expect(costs('Patients took 20 mg daily.')).toEqual([]);
		expect(costs('The data were collected in 2019.')).toEqual([]);
		expect(costs('The questionnaire was completed in 12 minutes by most nurses.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Our pipeline costs 5.3 ms per inference.').map((v) => v.text)).toEqual(['5.3 ms']);
	});
});
