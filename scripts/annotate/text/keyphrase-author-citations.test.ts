import { describe, expect, it } from 'vitest';
import { authorCitations, isAuthorCitation } from './keyphrase-author-citations.ts';
import { KEYPHRASE_FILTERS } from './keyphrase-filters.ts';
import { keyphrasesRule } from './keyphrases.ts';

describe('isAuthorCitation', () => {
	it('holds a phrase citing other authors by name', () => {
		for (const phrase of ['Antoniou et al', 'Antoniou et al.', 'Smith and Jones et al', 'et al']) expect(isAuthorCitation(phrase), phrase).toBe(true);
	});

	it('leaves phrases that only contain the letters', () => {
		for (const phrase of ['metal alloys', 'petal shape', 'beta algebra', 'total alignment']) expect(isAuthorCitation(phrase), phrase).toBe(false);
	});
});

describe('authorCitations in the keyphrase filters', () => {
	it('is registered, so no keyphrase of an abstract is a citation', () => {
		expect(KEYPHRASE_FILTERS).toContain(authorCitations);
		const text = 'Following Antoniou et al, we study few-shot image classification with meta-learning on small support sets.';
		const phrases = keyphrasesRule.annotate({ abstract: text } as never, { acronyms: [] }).map((span) => span.text);
		expect(phrases).toContain('few-shot image classification');
		expect(phrases.filter((phrase) => /et al/.test(phrase))).toEqual([]);
	});
});
