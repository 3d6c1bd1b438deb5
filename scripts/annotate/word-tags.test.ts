import { describe, expect, it } from 'vitest';
import { modifiesParticiple, tagsAsAdjective, tagsAsNoun, tagsAsVerb } from './word-tags.ts';

describe('tagsAsVerb', () => {
	it('is true for a word English has as a verb, false for a noun never one', () => {
		expect(tagsAsVerb('lack')).toBe(true);
		expect(tagsAsVerb('cell')).toBe(false);
	});
});

describe('tagsAsAdjective', () => {
	it('is true for a word read as an adjective where a noun would stand', () => {
		expect(tagsAsAdjective('linear')).toBe(true);
		expect(tagsAsAdjective('chain')).toBe(false);
	});
});

describe('modifiesParticiple', () => {
	it('reads an adverb in "-ly" before a past participle as a clause\'s verb and its manner', () => {
		expect(modifiesParticiple('poorly', 'understood')).toBe(true);
		expect(modifiesParticiple('widely', 'used')).toBe(true);
		expect(modifiesParticiple('closely', 'related')).toBe(true);
	});

	it('leaves an adjective in "-ly" or a noun after it alone', () => {
		expect(modifiesParticiple('early', 'life')).toBe(false);
		expect(modifiesParticiple('elderly', 'care')).toBe(false);
		expect(modifiesParticiple('family', 'planning')).toBe(false);
		expect(modifiesParticiple('weekly', 'monitoring')).toBe(false);
	});
});

describe('tagsAsNoun', () => {
	it('is true for a word English has as a noun too, false for one it has only as a verb', () => {
		expect(tagsAsNoun('reward')).toBe(true);
		expect(tagsAsNoun('prompt')).toBe(true);
		expect(tagsAsNoun('took')).toBe(false);
		expect(tagsAsNoun('ignore')).toBe(false);
	});
});
