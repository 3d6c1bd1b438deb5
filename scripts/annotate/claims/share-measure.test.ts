import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { analyzeText } from '../sentences.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';
import { shareMeasure } from './share-measure.ts';

// Sentences of surveys, medicine, seismology, climate and astronomy written after the form (not
// copied from a listing), and one of negatives; each line is read through the whole claim pipeline,
// so the stored measures change if `shareMeasure` leaves `MEASURE_READERS`.
describeStoredOutputs(new URL('./fixtures/share-measure/', import.meta.url), 'shareMeasure on fixture %s', 'gives each claim the measure of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = shareMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : '';
};

describe('shareMeasure', () => {
	it('reads the items after "of" and a determiner', () => {
		expect(read('Trends appear in 22 percent of the stations.', '22 percent')).toBe('stations');
		expect(read('It solves only 4.6% of the problems in the test set.', '4.6%')).toBe('problems in the test set');
	});

	it('reads the items after a share in words', () => {
		expect(read('Over half of the models outperformed the baseline.', 'Over half')).toBe('models');
		expect(read('Nearly two thirds of the surveyed farms adopted it.', 'Nearly two thirds')).toBe('surveyed farms');
	});

	it('reads the items over a bracketed aside between their modifiers and their head', () => {
		expect(read('Only 18% of low-ranked (gamma) males gained a court.', '18%')).toBe('low-ranked (gamma) males');
		expect(read('About 40% of (all) plots burned.', '40%')).toBe('');
	});

	it('reads nothing after a value that is no percentage, or with no "of" after it', () => {
		expect(read('It found 3 of the 10 faults.', '3')).toBe('');
		expect(read('Accuracy rose by 4% on the test set.', '4%')).toBe('');
	});

	it('reads the quantity a share in words names after "the"', () => {
		expect(read('Cheaper sensors reach only about half the resolution of the reference.', 'only about half')).toBe('resolution of the reference');
		expect(read('Accuracy rose by 4% the next year.', '4%')).toBe('');
	});
});
