import { describe, expect, it } from 'vitest';
import { pluralForm } from './plural-topic-names.ts';

describe('pluralForm', () => {
	it('names a topic in the plural its papers write', () => {
		// Round 39's Hugging Face day: "World model (2)" of papers on "controllable video world models".
		expect(pluralForm('world model', ['MosaicMem: memory for controllable video world models.'])).toBe('world models');
		expect(pluralForm('Neural network', ['Artificial neural networks (ANNs) predict wind energy.'])).toBe('Neural networks');
		expect(pluralForm('energy policy', ['Energy policies differ by country.'])).toBe('energy policies');
		expect(pluralForm('search approach', ['Two search approaches are compared.'])).toBe('search approaches');
	});

	it('keeps the singular when the papers write it as often as the plural, or more', () => {
		// Round 36's forest list: "Tree density (2)", written once in the plural beside many singulars.
		expect(pluralForm('tree density', ['Tree density fell; tree densities of two plots.', 'tree density rose'])).toBe('tree density');
		expect(pluralForm('world model', ['a world model', 'world models'])).toBe('world model');
	});

	it('keeps the singular when no paper writes the plural, or the phrase has none', () => {
		expect(pluralForm('language model', ['A language model answers.'])).toBe('language model');
		expect(pluralForm('reinforcement learning', ['Reinforcement learning agents.'])).toBe('reinforcement learning');
		expect(pluralForm('time series', ['time series'])).toBe('time series');
		expect(pluralForm('Large Language Model GPT', ['Large Language Model GPTs'])).toBe('Large Language Model GPT');
	});

	it('reads the plural only as a whole word', () => {
		expect(pluralForm('world model', ['world modelsets', 'world-models'])).toBe('world model');
	});
});
