import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { appliedTheories } from './applied-theories.ts';

const found = (abstract: string) =>
	appliedTheories
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

// Inputs written after the forms of law reviews and finance papers, not copied from a listing: theories
// of two or three words put to use ("uses … theory to", "applies … theory to", "draw on … theory to"),
// and negatives (a school of one word, a theory with no "to" after it, a determiner, a sentence opener).
describeStoredOutputs(new URL('./fixtures/applied-theories/', import.meta.url), 'appliedTheories on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('appliedTheories in the rule list', () => {
	it('gives a theory put to use a page of its own, as a method used', () => {
		const names = extractEntities('', 'The proposal uses embedded option theory to construct a legal entitlement for both parties.', loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);
		expect(names).toContain('embedded option theory:method/used');
	});
});
