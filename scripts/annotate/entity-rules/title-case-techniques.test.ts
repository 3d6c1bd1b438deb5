import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { titleCaseTechniques } from './title-case-techniques.ts';

const names = (abstract: string) =>
	titleCaseTechniques
		.find({ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('titleCaseTechniques', () => {
	// unseen-agri-extension.bib (10.38124/ijisrt/ijisrt24may1177)
	it('takes a theory, model or instrument named in title case mid-sentence', () => {
		expect(names('Farmers use social media. The study is guided by the Media Richness Theory, which asserts that rich channels work.')).toEqual([
			'Media Richness Theory:method',
		]);
		expect(names('Attitudes were read with the Theory of Planned Behavior and the Patient Health Questionnaire.')).toEqual([
			'Theory of Planned Behavior:method',
			'Patient Health Questionnaire:method',
		]);
	});

	it('skips a sentence start, a single capitalised word and a longer title-case run', () => {
		expect(names('Acceptance Model studies abound. We used the Lanczos Algorithm.')).toEqual([]);
		expect(names('It was published as A Simple Test Model Of Things.')).toEqual([]);
	});
});
