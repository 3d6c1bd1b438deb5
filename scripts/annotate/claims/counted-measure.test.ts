import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { countedMeasure } from './counted-measure.ts';

const measure = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = countedMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : null;
};

describe('countedMeasure', () => {
	it('reads the counted words a value carries after its number', () => {
		expect(measure('The county had 20 deaths and 700 serious injuries per billion kilometres walked.', '20 deaths')).toBe('deaths');
		expect(measure('The county had 20 deaths and 700 serious injuries per billion kilometres walked.', '700 serious injuries per billion kilometres walked')).toBe(
			'serious injuries per billion kilometres walked',
		);
	});

	it('reads nothing of a bare number, nor of a unit after it', () => {
		expect(measure('Accuracy rose to 91.2 on the test set.', '91.2')).toBeNull();
		expect(measure('Training took only 16 hours on one node.', '16 hours')).toBeNull();
		expect(measure('It runs at 17 FPS on one GPU.', '17 FPS')).toBeNull();
		expect(measure('It narrows the bound by 1.5 orders of magnitude.', '1.5 orders of magnitude')).toBeNull();
	});
});
