import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../lexicons.ts';
import { extractAcronyms } from '../text/acronyms.ts';
import { lexiconNames } from './lexicon-names.ts';
import { namedAcronyms } from './named-acronyms.ts';

const lexicons = parseLexicons([
	{ file: 'content/lexicons/models.yaml', text: '- name: SAM\n  aliases: [Segment Anything Model]\n- name: BERT\n' },
]);
const names = (abstract: string) => {
	const context = { title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false };
	return lexiconNames.find(context).map((f) => f.name);
};

describe('lexiconNames', () => {
	it('finds an entry by its short form, defined as the entry or not defined at all', () => {
		expect(names('We prompt SAM to segment cells.')).toEqual(['SAM']);
		expect(names('The Segment Anything Model (SAM) segments cells.')).toEqual(['SAM', 'SAM']);
	});

	it('leaves a short form the abstract defines as something else', () => {
		expect(names('Pixels are classified by the Spectral Angle Mapper (SAM); SAM is fast.')).toEqual([]);
		// An entry the lexicon gives no long form is trusted: "BERT" is BERT however the abstract spells it out.
		expect(names('Bidirectional Encoder Representations from Transformers (BERT) is used.')).toEqual(['BERT']);
	});

	it('leaves the redefined short form to the acronym rules, as the abstract\'s own name', () => {
		const abstract = 'Pixels are classified by the Spectral Angle Mapper (SAM); SAM is fast.';
		const context = { title: '', abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons, isGeneric: () => false, isKnown: (n: string) => n === 'SAM', inUrl: () => false, inAcronym: () => false };
		expect(namedAcronyms.find(context).map((f) => f.name)).toEqual(['SAM']);
	});
});
