import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { gluedSectionNumbers } from './contents-headings.ts';

// Invented, in the form of a book chapter's abstract whose export ran the contents on after it.
const CHAPTER =
	'Structure learning from observational data is surveyed. I argue that the critics misread the results. ' +
	'1.  Introduction2.  Background3.  Search Methods 3.1.  The K2 algorithm3.2.  The Greedy Equivalence Search algorithm' +
	'3.3.  GES and FGES3.4.  Scoring with NOTEARS4.  Conclusion';

const found = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.type}`);

describe('gluedSectionNumbers', () => {
	it('finds section numbers glued to the heading before them, three at least', () => {
		expect(gluedSectionNumbers(CHAPTER)).toHaveLength(6);
		expect(gluedSectionNumbers('We ran GPT4. Then we ran Llama2. It won.')).toEqual([]);
	});
});

describe('contents headings in extractEntities', () => {
	it('names the algorithms of the headings without their glued section numbers, siblings typed alike', () => {
		expect(found(CHAPTER)).toEqual(['K2 algorithm/algorithm', 'Greedy Equivalence Search algorithm/algorithm', 'GES/algorithm', 'FGES/algorithm', 'NOTEARS/algorithm']);
	});

	it('reads no headings in prose, where a number after a word is a version', () => {
		expect(found('We compare GPT4. and Llama2. on a benchmark.')).not.toContain('GPT/algorithm');
	});
});
