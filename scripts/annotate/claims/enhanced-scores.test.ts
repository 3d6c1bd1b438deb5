import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findEnhancedScores } from './enhanced-scores.ts';

const amounts = (text: string) => findEnhancedScores(text).map((v) => v.text);

describe('findEnhancedScores', () => {
	// After 2602.22144 (NoLan) of scripts/eval/listings/unseen-round33-hf-daily-2026-02-26.json.
	it('reads the amount a verb of enhancing raises a named score by, past the models its "of" names', () => {
		expect(amounts('NoLan achieves substantial improvements on POPE, enhancing the accuracy of LLaVA-1.5 7B and Qwen-VL 7B by up to 6.45 and 7.21, respectively.')).toEqual(['6.45']);
		expect(amounts('The planner elevates the average success rate by 12.3 points on ALFWorld.')).toEqual(['12.3 points']);
		expect(amounts('Pre-training lifts macro-F1 by 2.1%.')).toEqual(['2.1%']);
	});

	it('leaves what caused a change, and a by-phrase of no score', () => {
		expect(amounts('Calcium uptake was enhanced by 10 mM caffeine.')).toEqual([]);
		expect(amounts('Enhancing the signal by 3 dB filters did not help.')).toEqual([]);
		expect(amounts('Our approach enhances performance by 2019 standards.')).toEqual([]);
	});

	it('is one of the claim value finders, and its "respectively" brings the second amount', () => {
		const text = 'NoLan enhances the accuracy of LLaVA-1.5 7B and Qwen-VL 7B by up to 6.45 and 7.21, respectively.';
		expect(findClaimValues(text).map((v) => v.text)).toEqual(['6.45', '7.21']);
	});
});
