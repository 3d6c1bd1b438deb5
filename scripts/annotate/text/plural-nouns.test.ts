import { describe, expect, it } from 'vitest';
import { isPlural, isSingularNoun, PLURAL_NOUNS } from './plural-nouns.ts';

describe('isPlural', () => {
	it('reads plurals in "-s" and "-ies"', () => {
		expect(['models', 'cities', 'LLMs', 'fine-tuned-models'].map(isPlural)).toEqual([true, true, true, true]);
	});

	it('leaves nouns singular in "s" or "-ies", and "-ss", "-us", "-is", "-ics" words', () => {
		expect(['gas', 'species', 'time-series', 'k-means', 'class', 'corpus', 'analysis', 'physics'].map(isPlural)).toEqual(
			[false, false, false, false, false, false, false, false],
		);
	});

	it('counts an "X-of-Y" compound by its X', () => {
		expect(isPlural('mixture-of-experts')).toBe(false);
		expect(isPlural('bag-of-words')).toBe(false);
	});
});

describe('isSingularNoun', () => {
	it('takes a lower-case noun that is no plural and has no adjective ending', () => {
		expect(['strategy', 'export-market', 'models', 'Strategy', 'anterior', 'extraperitoneal'].map(isSingularNoun)).toEqual(
			[true, true, false, false, false, false],
		);
	});

	it('knows nouns that are plural without an "-s"', () => {
		expect(PLURAL_NOUNS.has('data')).toBe(true);
		expect(PLURAL_NOUNS.has('datum')).toBe(false);
	});
});
