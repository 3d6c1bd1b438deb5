import { describe, expect, it } from 'vitest';
import { findApproximateChanges } from './approximate-changes.ts';
import { findClaimValues } from './claim-values.ts';

const pairs = (text: string) => findApproximateChanges(text).map((v) => v.text);

describe('findApproximateChanges', () => {
	// After 2603.19835 (FIPO) of scripts/eval/listings/unseen-round32-hf-daily-2026-04-01.json.
	it('reads a before → after pair of counts with a bound on an end, after a change in its clause', () => {
		expect(pairs('FIPO extends the average chain-of-thought length from roughly 4,000 to over 10,000 tokens.')).toEqual(['4,000 to over 10,000']);
		expect(pairs('The number of cases increased from around 2 million to more than 5 million.')).toEqual(['2 million to more than 5 million']);
		expect(pairs('The method reduced the latency from 900 to under 200 ms.')).toEqual(['900 to under 200']);
	});

	it('leaves exact settings, spans a sample covers, years and pairs with no change', () => {
		expect(pairs('We extend the context window from 4,096 to 32,768 tokens.')).toEqual([]);
		expect(pairs('Participants aged from about 20 to 60 years increased their activity.')).toEqual([]);
		expect(pairs('Yields ranged from about 20 to 60 bushels after the change.')).toEqual([]);
		expect(pairs('Emissions rose steadily from about 1990 to 2010.')).toEqual([]);
		expect(pairs('Trips from about 40 to 60 km were recorded.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		const text = 'FIPO extends the average length from roughly 4,000 to over 10,000 tokens.';
		expect(findClaimValues(text)).toEqual([{ index: 45, text: '4,000 to over 10,000' }]);
		expect(findApproximateChanges(text)).toEqual([{ index: 45, text: '4,000 to over 10,000' }]);
	});
});
