import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { observesInPast } from './past-observation.ts';
import { splitSummary } from './summary.ts';

describe('observesInPast', () => {
	it('reads a state observed, told with a past copula and an adjective or a noun phrase', () => {
		expect(observesInPast('Males were active most of the day.')).toBe(true);
		expect(observesInPast('Two genera were paraphyletic in all analyses.')).toBe(true);
		expect(observesInPast('The southern clade was an exception to the high support.')).toBe(true);
	});

	it('reads what was seen after a concession, told in the plain past', () => {
		expect(observesInPast('Although oak was slightly less abundant in the canopy than pine, it strongly outnumbered pine among seedlings.')).toBe(true);
		expect(observesInPast('Although the sample was small, we used all plots.')).toBe(false);
		expect(observesInPast('While the model was simple, it was trained on all plots.')).toBe(false);
	});

	it('leaves a step of the method, a setting, and a sentence the authors or a clause open', () => {
		expect(observesInPast('Each bird was ringed and weighed.')).toBe(false);
		expect(observesInPast('Patients were randomly assigned to two groups.')).toBe(false);
		expect(observesInPast('Soils were from three farms.')).toBe(false);
		expect(observesInPast('We were unable to trap females.')).toBe(false);
		expect(observesInPast('In 1900, chestnut was common in the east.')).toBe(false);
	});

	it('puts the states a field study observed after its own work in the results', () => {
		const abstract =
			'Little is known of the display of the crested tanager. We studied six display courts in a lowland forest over two seasons and recorded all calls. ' +
			'Males were active most of the morning. Courts were small and bare. The song repertoire was rich in short calls. ' +
			'We provide sonograms of all calls and compare them with two related species.';
		const results = splitSummary(splitSentences(abstract)).results.map((s) => s.text);
		expect(results).toContain('Males were active most of the morning.');
		expect(results).toContain('Courts were small and bare.');
	});
});
