import { describe, expect, it } from 'vitest';
import { endsOnTimePoint } from './time-point.ts';

describe('endsOnTimePoint', () => {
	it('reads a time point label after a preposition of time, alone or coordinated after a first one', () => {
		expect(endsOnTimePoint('Yoga participants slept better than controls at T2 ')).toBe(true);
		expect(endsOnTimePoint('slept better at T2 (d = 0.61, p = 0.01) and T3 ')).toBe(true);
		expect(endsOnTimePoint('pain fell after W12 ')).toBe(true);
	});

	it('leaves a name before a bracket alone', () => {
		expect(endsOnTimePoint('higher than both dNBR ')).toBe(false);
		expect(endsOnTimePoint('compared with GPT-4 ')).toBe(false);
		expect(endsOnTimePoint('scored at T2-weighted imaging ')).toBe(false);
	});
});
