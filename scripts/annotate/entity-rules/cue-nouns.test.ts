import { describe, expect, it } from 'vitest';
import { isPluralCue, isSoftwareCue, kindOfCue } from './cue-nouns.ts';

describe('kindOfCue', () => {
	it('types a name by the kind its noun states, in either case', () => {
		expect(kindOfCue('databases')).toBe('dataset');
		expect(kindOfCue('Survey')).toBe('dataset');
		expect(kindOfCue('model')).toBe('model');
		expect(kindOfCue('algorithms')).toBe('algorithm');
		expect(kindOfCue('Theory')).toBe('method');
		expect(kindOfCue('library')).toBe('method');
	});

	it('leaves words that name a style, a place or an infrastructure as often as a work', () => {
		expect(kindOfCue('approach')).toBeUndefined();
		expect(kindOfCue('system')).toBeUndefined();
		expect(kindOfCue('network')).toBeUndefined();
	});
});

describe('isPluralCue and isSoftwareCue', () => {
	it('tells plurals, singulars ending in "s" and nouns for software', () => {
		expect(isPluralCue('atlases')).toBe(true);
		expect(isPluralCue('corpora')).toBe(true);
		expect(isPluralCue('atlas')).toBe(false);
		expect(isPluralCue('corpus')).toBe(false);
		expect(isSoftwareCue('toolbox')).toBe(true);
		expect(isSoftwareCue('database')).toBe(false);
	});
});
