import { describe, expect, it } from 'vitest';
import { findAddedAmounts } from './added-amounts.ts';
import { findClaimValues } from './claim-values.ts';

const added = (text: string) => findAddedAmounts(text).map((v) => v.text);

describe('findAddedAmounts', () => {
	// Programme and policy evaluations in economics, public health and transport.
	it('reads an amount "additional" or "extra" makes a difference, after a verb of causing', () => {
		expect(added('We find that the program induced the purchase of an additional 360,000 cars in July.')).toEqual(['360,000']);
		expect(added('The new line led to 12,000 additional trips a day.')).toEqual(['12,000']);
		expect(added('The reminders resulted in an extra 4.2 million visits.')).toEqual(['4.2 million']);
	});

	it('leaves an added amount no cause produced: material added to a study', () => {
		expect(added('An additional 500 images were annotated by two experts.')).toEqual([]);
		expect(added('We collected 300 extra samples in the dry season.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The subsidy generated an additional 1,200 jobs.').map((v) => v.text)).toEqual(['1,200']);
	});
});
