import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { analyzeText } from '../sentences.ts';
import { changedQuantityMeasure } from './changed-quantity-measure.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

// Sentences of hydrology, agronomy, soil science, climate, medicine and linguistics written after
// the form (not copied from a listing), and one of negatives (a method or a named system as the
// subject); read through the whole claim pipeline, so the stored measures change if
// `changedQuantityMeasure` leaves `MEASURE_READERS`.
describeStoredOutputs(
	new URL('./fixtures/changed-quantity-measure/', import.meta.url),
	'changedQuantityMeasure on fixture %s',
	'gives each claim the measure of the stored output.json',
	(file) => claimsWithMeasures(file('input.txt')!),
);

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = changedQuantityMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : '';
};

describe('changedQuantityMeasure', () => {
	it('reads the subject of an intransitive or passive change, across auxiliaries and adverbs', () => {
		expect(read('Species richness declined sharply by 22 percent.', '22 percent')).toBe('Species richness');
		expect(read('Mean annual runoff was reduced by 3.2 mm per decade.', '3.2 mm')).toBe('Mean annual runoff');
		expect(read('The number of rain days increases by one quarter in winter.', 'one quarter')).toBe('number of rain days');
	});

	it('leaves an agent, a pronoun and a change no verb states', () => {
		expect(read('The proposed model improves by 5% over baselines.', '5%')).toBe('');
		expect(read('It rises by 14% on the hardest split.', '14%')).toBe('');
		expect(read('The yield was 3.1 tons per hectare.', '3.1 tons per hectare')).toBe('');
	});
});
