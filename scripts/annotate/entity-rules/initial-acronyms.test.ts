import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { nameInitials } from './initial-acronyms.ts';

const lexicons = { ...emptyLexicons(), algorithm: [{ name: 'random forest', aliases: ['random forest classifier'] }, { name: 'naive Bayes', aliases: [] }] };
const entities = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.spans.map((s) => s.text).join('|')}`);

describe('nameInitials', () => {
	it('reads the initials of every word and hyphenated part', () => {
		expect(nameInitials('random forest')).toBe('RF');
		expect(nameInitials('k-nearest neighbours')).toBe('KNN');
		expect(nameInitials('forest')).toBe('');
	});
});

describe('initial acronyms in extractEntities', () => {
	// Written after an aquaculture paper's sentences (round 38's Web of Science listing), not copied.
	it('makes an undefined acronym of a name written in full a form of that name', () => {
		const abstract = 'Self-training with a random forest classifier reached 0.9, above the traditional ML methods (NB, RF, SVM).';
		expect(entities(abstract)).toContain('random forest:random forest classifier|RF');
		expect(entities(abstract).some((e) => e.startsWith('RF:'))).toBe(false);
	});

	it('keeps an acronym the abstract defines otherwise', () => {
		const abstract = 'A random forest classifier reads radio frequency (RF) pulses; the RF methods (RF, SVM) differ.';
		expect(entities(abstract).some((e) => e.startsWith('random forest:') && e.includes('RF'))).toBe(false);
	});
});
