import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findZeroScores } from './zero-scores.ts';

const zeros = (text: string) => findZeroScores(text).map((v) => v.text);

describe('findZeroScores', () => {
	// After 2603.27646 (PRBench) of scripts/eval/listings/unseen-round31-hf-daily-2026-03-31.json.
	it('reads a score written as the word zero, with a few words of what it is of', () => {
		expect(zeros('All agents exhibit a zero end-to-end callback success rate, with particularly poor performance.')).toEqual(['zero']);
		expect(zeros('Even the strongest agents exhibit near-zero success under environment variations.')).toEqual(['near-zero']);
		expect(zeros('The baseline reaches nearly zero accuracy on the hard split.')).toEqual(['nearly zero']);
	});

	it('leaves a zero of a setting or a design, and compounds', () => {
		expect(zeros('The trainer updates the policy at the same time, with zero coordination overhead between them.')).toEqual([]);
		expect(zeros('We report zero-shot accuracy on ten tasks.')).toEqual([]);
		expect(zeros('A non-zero success rate needs a reward.')).toEqual([]);
		expect(zeros('The particles start from zero initial velocity.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('All agents exhibit a zero end-to-end callback success rate.').map((v) => v.text)).toEqual(['zero']);
	});
});
