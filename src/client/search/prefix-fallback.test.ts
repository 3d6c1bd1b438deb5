import { describe, expect, it } from 'vitest';
import { missedQueryWords, spellsQueryWord } from './prefix-fallback.ts';

describe('spellsQueryWord', () => {
	it('accepts the word itself and words the query word starts', () => {
		expect(spellsQueryWord('glacier', 'glacier')).toBe(true);
		expect(spellsQueryWord('glaciers', 'glac')).toBe(true);
	});

	it('accepts a shorter word of the same stem, sharing more than half the query word', () => {
		expect(spellsQueryWord('glacier', 'glaciers')).toBe(true);
		expect(spellsQueryWord('study', 'studies')).toBe(true);
		expect(spellsQueryWord('learning', 'learner')).toBe(true);
	});

	it('rejects a cut start of the query word', () => {
		expect(spellsQueryWord('de', 'dexamethasone')).toBe(false);
		expect(spellsQueryWord('cat', 'categorical')).toBe(false);
		expect(spellsQueryWord('glacier', 'glaciology')).toBe(false);
	});
});

describe('missedQueryWords', () => {
	const text = 'Moraine dating with Be-10 near the GlacierNet sites of Nyström.';
	it('names the query words that only a shorter word at the matched positions spells', () => {
		expect(missedQueryWords(['moraines', 'thermodynamics'], text, [0, 5])).toEqual(['thermodynamics']);
		expect(missedQueryWords(['moraines'], text, [0])).toEqual([]);
	});

	it('reads a matched word in its parts, and without accents', () => {
		expect(missedQueryWords(['be', 'net', 'glacier', 'nystrom'], text, [3, 6, 9])).toEqual([]);
		expect(missedQueryWords(['net'], text, [3])).toEqual(['net']);
	});
});
