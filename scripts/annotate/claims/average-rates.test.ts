import { describe, expect, it } from 'vitest';
import { findAverageRates } from './average-rates.ts';

const rates = (text: string) => findAverageRates(text).map((v) => v.text);

describe('findAverageRates', () => {
	// After the prompt-stealing and Dr.LLM entries of the two unseen-first Hugging Face listings.
	it('reads a rate the text says is an average, either order', () => {
		expect(rates('We extract the prompt using 100 queries on average per token.')).toEqual(['100 queries']);
		expect(rates('It improves accuracy while saving 5 layers per example on average.')).toEqual(['5 layers']);
	});

	it('leaves a rate of the setup, and an average that is no rate', () => {
		expect(rates('We sample 10 images per class.')).toEqual([]);
		expect(rates('On average, 3 annotators labelled each item.')).toEqual([]);
	});

	// Demography and ecology: a fraction of a counted thing per another is an average by itself.
	it('reads a decimal count per unit as a rate', () => {
		expect(rates('Fledging success was low (0.62 chicks per breeding pair in 2019).')).toEqual(['0.62 chicks per breeding pair']);
		expect(rates('Clinics recorded 1.7 visits per patient.')).toEqual(['1.7 visits per patient']);
		expect(rates('We took 3 samples per site.')).toEqual([]);
	});
});
