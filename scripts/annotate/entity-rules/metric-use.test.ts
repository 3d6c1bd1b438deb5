import { describe, expect, it } from 'vitest';
import { isMetricUse } from './metric-use.ts';

const at = (text: string, name: string) => isMetricUse(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('isMetricUse', () => {
	it('tells a metric named after a model from the model', () => {
		expect(at('0.0982 higher CW-SSIM, 32.99 higher CLIP, and more', 'CLIP')).toBe(true);
		expect(at('images judged by CLIP score', 'CLIP')).toBe(true);
		expect(at('We fine-tune CLIP on images.', 'CLIP')).toBe(false);
	});
});
