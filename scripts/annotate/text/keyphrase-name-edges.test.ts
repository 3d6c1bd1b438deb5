import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { closesName, opensName } from './keyphrase-name-edges.ts';
import { extractKeyphraseCandidates } from './keyphrases.ts';

/** The words of `text` the test `test` holds for, by text. */
const holding = (text: string, test: typeof opensName) => {
	const tokens = analyzeText(text).tokens;
	return tokens.filter((_, i) => test(tokens, i)).map((t) => t.text);
};

describe('opensName', () => {
	it('takes a title-case adverb before two title-case nouns inside a sentence as the name\'s first word', () => {
		// An IEEE Pulse abstract's wording (unseen-round33-smart-on-fhir.csv).
		expect(holding('Latest among HL7 is FHIR (Fast Healthcare Interoperability Resources).', opensName)).toEqual(['Fast']);
	});

	it('leaves a capital that only opens the sentence', () => {
		expect(holding('The tests ran. Recently Large Language Models improved.', opensName)).toEqual([]);
	});
});

describe('closesName', () => {
	it('takes a small number after two title-case nouns as the name\'s last word', () => {
		expect(holding('It follows the Health Level 7 (HL7) standard.', closesName)).toEqual(['7']);
		expect(holding('It is mapped to the Draft Standard for Trial Use Version 2 and common profiles.', closesName)).toEqual(['2']);
	});

	it('leaves a count, a year, a journal\'s volume and a number after one capitalised word', () => {
		expect(holding('We enrolled at Stanford Health Care 12 patients.', closesName)).toEqual([]);
		expect(holding('It was set by the World Health Organization 2020 guidance.', closesName)).toEqual([]);
		expect(holding('We ran Llama 2 and reported Table 3.', closesName)).toEqual([]);
		// A citation line run on after an abstract (unseen-round26-anopheles-entomology.bib).
		expect(holding('Journal of Vector Ecology 34 (1): 62-69. 2009.', closesName)).toEqual([]);
	});
});

describe('keyphrase candidates of a name with such edges', () => {
	it('are the whole name, not its cut rest', () => {
		const text = 'Articles on the new Health Level 7 (HL7) Fast Healthcare Interoperability Resources (FHIR) standard.';
		const found = extractKeyphraseCandidates(text).map((s) => s.text);
		expect(found).toEqual(expect.arrayContaining(['Health Level 7', 'Fast Healthcare Interoperability Resources']));
		expect(found).not.toContain('Health Level');
		expect(found).not.toContain('Healthcare Interoperability Resources');
	});
});
