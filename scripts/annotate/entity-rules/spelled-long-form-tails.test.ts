import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { isSpelledTail } from './spelled-long-form-tails.ts';

const lexicons = loadLexicons();
const names = (title: string, abstract: string) => extractEntities(title, abstract, lexicons).map((e) => `${e.name}:${e.role}`);

describe('isSpelledTail', () => {
	it('reads the tail of a long form whose capitals, with those before it, spell a coined word', () => {
		expect(isSpelledTail('EXactness Kit', '', 'We release FooSPEX, a SPeed and EXactness Kit for robots.')).toBe(true);
	});

	it('leaves a name whose capitals spell no longer word, or that opens no typeset long form', () => {
		expect(isSpelledTail('SQLite Engine', '', 'Records are kept in the SQLite Engine of each phone.')).toBe(false);
		expect(isSpelledTail('EXactness Kit', '', 'We release the EXactness Kit for robots.')).toBe(false);
	});
});

describe('spelled long-form tails in extractEntities', () => {
	// Language and tool papers typeset their long forms so that the capitals spell the coined name.
	it('drops the tail of a long form whose capitals spell the coined name', () => {
		const abstract = 'In this paper, we introduce KitSPAR, a SPatial and ARrangement Language for describing floor plans with explicit constraints.';
		expect(names('KitSPAR: A SPatial and ARrangement Language', abstract)).toEqual(['KitSPAR:introduced']);
	});
});
