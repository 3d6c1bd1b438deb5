import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findEstimatedDurations } from './estimated-durations.ts';

const values = (text: string) => findEstimatedDurations(text).map((v) => v.text);

describe('findEstimatedDurations', () => {
	// Life-history and epidemiological estimates, invented.
	it('reads the length of a stage the data point to, and of each stage it consists of', () => {
		expect(values('Tag returns suggested a 2-year spawning cycle made of a 1-year growth period and a 1-year maturation period.')).toEqual(['2-year', '1-year', '1-year']);
		expect(values('Case data indicate a 10-day incubation period for the new strain.')).toEqual(['10-day']);
	});

	it('leaves a duration stated as background, one before the verb of finding, and a span that is no stage', () => {
		expect(values('Females have a 2-year gestation period.')).toEqual([]);
		expect(values('Data from a 5-year survey period suggested strong recruitment.')).toEqual([]);
		expect(values('Results suggest that a 5-year monitoring programme is needed.')).toEqual([]);
	});

	it('gives claims through findClaimValues', () => {
		expect(findClaimValues('Otolith data suggested a 4-year spawning interval.').map((v) => v.text)).toEqual(['4-year']);
	});
});
