import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findTimeLimits } from './time-limits.ts';

const limits = (text: string) => findTimeLimits(text).map((v) => v.text);

describe('findTimeLimits', () => {
	// After the video-generation entry of scripts/eval/listings/unseen-round5-hf-daily-2025-02-12.json.
	it('reads durations bounded by "within", "under", "below" or "less than", in digits or words', () => {
		expect(limits('We generate a minute-long video within one minute, spending less than 1 second per clip.')).toEqual(['one minute', '1 second']);
		expect(limits('It finishes in under two hours.')).toEqual(['two hours']);
		// a latency bound, as speech systems report it
		expect(limits('The engine streams with a time-to-first-audio below 100 ms.')).toEqual(['100 ms']);
	});

	it('leaves a duration with no bound, and a bounded count of something else', () => {
		expect(limits('The model was trained for 3 days.')).toEqual([]);
		expect(limits('It uses less than 1 second-order term and under 5 seconds-long clips.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The map is built within one minute.').map((v) => v.text)).toEqual(['one minute']);
	});
});
