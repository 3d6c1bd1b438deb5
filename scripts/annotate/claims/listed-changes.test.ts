import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';
import { findListedChanges } from './listed-changes.ts';

describe('findListedChanges', () => {
	it('follows a list of changes after one verb, each item with its own name', () => {
		const text = 'Our method improves A-Bench from 1.2 to 1.5, B-Bench from 3.1 to 3.9, and C from 70% to 81%.';
		expect(findListedChanges(text).map((v) => v.text)).toEqual(['3.1 to 3.9', '70% to 81%']);
	});

	it('reads no list where no verb of change stands before the first pair', () => {
		expect(findListedChanges('Records from 1990 to 2010, stations from 3 to 9 and sites from 1 to 4 were used.')).toEqual([]);
	});
});

// Made-up result sentences of image generation and of error rates: each later pair is a claim, a span of years is not.
describeStoredOutputs(new URL('./fixtures/listed-changes/', import.meta.url), 'findListedChanges on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);
