import { describe, expect, it } from 'vitest';
import { claimMeasure } from './claim-measure.ts';

/** A claim on `sentence` whose number is the first occurrence of `value` in it. */
function claim(sentence: string, value: string) {
	const start = sentence.indexOf(value);
	return { value: { start: 100 + start, end: 100 + start + value.length, text: value }, sentence: { start: 100, end: 100 + sentence.length, text: sentence } };
}

describe('claimMeasure', () => {
	it('takes the phrase right after the number when there is one', () => {
		expect(claimMeasure(claim('CoT-Max achieves up to 4.55% absolute improvements on GSM8K.', '4.55%'))).toBe('absolute improvements on GSM8K');
		expect(claimMeasure(claim('PPO gives a 6.3-point gain over SFT on GLUE and more besides here.', '6.3'))).toBe('point gain over SFT on …');
	});

	it('takes the words leading up to the number when none follow, dropping list joiners', () => {
		const sentence = 'The best total distance for world 1-2 were ~1732 (PPO), ~1840 (DQN) and ~2300 (RAMario).';
		expect(claimMeasure(claim(sentence, '~1732'))).toBe('The best total distance for world 1-2 were');
		expect(claimMeasure(claim(sentence, '~1840'))).toBe('');
		expect(claimMeasure(claim(sentence, '~2300'))).toBe('');
	});

	it('never returns the whole sentence', () => {
		const sentence = 'Across all eleven benchmarks in our study the agent reaches an average score of 97.';
		const measure = claimMeasure(claim(sentence, '97'));
		expect(measure.startsWith('…')).toBe(true);
		expect(sentence).not.toBe(measure);
	});
});
