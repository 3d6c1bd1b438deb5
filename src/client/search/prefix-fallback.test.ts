import { describe, expect, it } from 'vitest';
import { matchedWords, missedQueryWords, pagefindQueryWords, spellsQueryWord } from './prefix-fallback.ts';

describe('pagefindQueryWords', () => {
	it('drops punctuation and accents and splits at spaces, as Pagefind reads a query', () => {
		expect(pagefindQueryWords(' Actor-critic  RÉPTILE ')).toEqual(['actorcritic', 'reptile']);
	});
});

describe('spellsQueryWord', () => {
	it('accepts the word itself and words the query word starts', () => {
		expect(spellsQueryWord('glacier', 'glacier')).toBe(true);
		expect(spellsQueryWord('glaciers', 'glac')).toBe(true);
	});

	it('accepts a shorter word of the same stem', () => {
		expect(spellsQueryWord('glacier', 'glaciers')).toBe(true);
		expect(spellsQueryWord('study', 'studies')).toBe(true);
		expect(spellsQueryWord('general', 'generalization')).toBe(true);
		expect(spellsQueryWord('run', 'running')).toBe(true);
	});

	it('rejects a cut start of the query word', () => {
		expect(spellsQueryWord('de', 'dexamethasone')).toBe(false);
		expect(spellsQueryWord('cat', 'categorical')).toBe(false);
		expect(spellsQueryWord('glacier', 'glaciology')).toBe(false);
	});
});

describe('matchedWords', () => {
	it('reads the words at the matched positions, whole and in parts', () => {
		expect(matchedWords('Moraine dating with Be-10 near the GlacierNet sites.', [3, 6])).toEqual([
			'be10',
			'be',
			'10',
			'glaciernet',
			'glacier',
			'net',
		]);
	});
});

describe('missedQueryWords', () => {
	it('names the query words that only a shorter word matched', () => {
		expect(missedQueryWords(['moraine', 'dexamethasone'], ['moraines', 'de'])).toEqual(['dexamethasone']);
		expect(missedQueryWords(['moraine'], ['moraines'])).toEqual([]);
	});
});
