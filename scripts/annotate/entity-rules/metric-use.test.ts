import { describe, expect, it } from 'vitest';
import { isMetricUse } from './metric-use.ts';

const at = (text: string, name: string) => isMetricUse(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('isMetricUse', () => {
	it('tells a metric named after a model from the model', () => {
		expect(at('0.0982 higher CW-SSIM, 32.99 higher CLIP, and more', 'CLIP')).toBe(true);
		expect(at('images judged by CLIP score', 'CLIP')).toBe(true);
		expect(at('We fine-tune CLIP on images.', 'CLIP')).toBe(false);
	});

	it('keeps a rating scale whose scores the study reads: the instrument is used', () => {
		expect(at('The visual analogue scale scores and Cobb angles improved.', 'visual analogue scale')).toBe(false);
		expect(at('The Glasgow Coma Scale score fell.', 'Glasgow Coma Scale')).toBe(false);
	});
});
