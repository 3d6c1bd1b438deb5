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

	it('reads the time a run finishes in, and the time a count of items is handled in', () => {
		expect(costs('The whole pipeline runs in 20 minutes on one core.')).toEqual(['20 minutes']);
		expect(costs('Our indexer sorted 40 million records in 12 min.')).toEqual(['12 min']);
		// a machine making its output, and the time it takes
		expect(costs('Our method generates a 5-second video in 2.61 seconds on one GPU.')).toEqual(['2.61 seconds']);
		expect(costs('The renderer renders a full frame in 12 ms.')).toEqual(['12 ms']);
		// a year, a passive step of a procedure, and a duration with no run or count
		expect(costs('The survey ran in 2019, and samples were sequenced in 3 h batches.')).toEqual([]);
		expect(costs('We met in 20 minutes sessions.')).toEqual([]);
	});

	// Genetics and climate modelling: the cost named by what it is spent as, after a past verb.
	it('reads an amount named as the computing time or memory spent, whatever the verb', () => {
		expect(findProcessCosts('A full reanalysis took about 6h of CPU time and 14 gigabytes of memory.')).toEqual([
			{ index: 29, text: '6h' },
			{ index: 48, text: '14 gigabytes' },
		]);
		expect(costs('Each ensemble member needed 3.5 hours of wall-clock time.')).toEqual(['3.5 hours']);
		// a time of observing and a dose name no cost
		expect(costs('Patients received 20 mg of drug over 2 h of observation time.')).toEqual([]);
	});

	it('leaves a duration of a study, a dose, a count and a year', () => {
		expect(costs('The trial takes 3 years and requires 40 participants.')).toEqual([]);
		expect(costs('Patients took 20 mg daily.')).toEqual([]);
		expect(costs('The data were collected in 2019.')).toEqual([]);
		expect(costs('The questionnaire was completed in 12 minutes by most nurses.')).toEqual([]);
	});

	it('reads the size a footprint is given in', () => {
		expect(costs('The compressed index keeps a small 12 MB footprint on the phone.')).toEqual(['12 MB']);
		expect(costs('It fits in a 2 GB memory footprint.')).toEqual(['2 GB']);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Our pipeline costs 5.3 ms per inference.').map((v) => v.text)).toEqual(['5.3 ms']);
	});
});
