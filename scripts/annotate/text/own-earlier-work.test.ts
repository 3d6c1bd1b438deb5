import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { recallsOwnEarlierWork } from './own-earlier-work.ts';
import { splitSummary } from './summary.ts';

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

describe('splitSummary with the authors’ earlier work', () => {
	// An invented systems abstract: the method the authors introduced before is where this paper starts, its problem.
	it('puts the recalled earlier work in the problem', () => {
		const abstract =
			'Low-bit attention speeds up the training of large models. In prior work, we introduced QuantFlow, a trainable INT4 attention that quantizes most of its matrix products. ' +
			'However, QuantFlow lags full-precision attention during pre-training. In this work, we investigate why this gap occurs. ' +
			'Experiments show that the gap closes with a smaller batch size.';
		const problem = splitSummary(splitSentences(abstract)).problem.map((s) => s.text);
		expect(problem).toContain('In prior work, we introduced QuantFlow, a trainable INT4 attention that quantizes most of its matrix products.');
	});
});
