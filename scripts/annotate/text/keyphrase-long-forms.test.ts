import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from './keyphrases.ts';
import { withWholeLongForms } from './keyphrase-long-forms.ts';

const acronym = (abstract: string, long: string, short: string) => {
	const start = abstract.indexOf(`${long} (${short})`);
	return { short, long, span: { start, end: start + long.length + short.length + 3, text: `${long} (${short})` } };
};

describe('withWholeLongForms', () => {
	const abstract = 'We review how Internet of Things (IoT) sensors and an analysis of variance (ANOVA) help. Large language models (LLMs) too.';
	const acronyms = [acronym(abstract, 'Internet of Things', 'IoT'), acronym(abstract, 'analysis of variance', 'ANOVA'), acronym(abstract, 'Large language models', 'LLMs')];
	const texts = withWholeLongForms(extractKeyphraseCandidates(abstract), abstract, acronyms).map((span) => span.text);

	it('puts a long form split at a function word whole in place of its pieces', () => {
		expect(texts).toEqual(expect.arrayContaining(['Internet of Things', 'analysis of variance']));
		expect(texts).not.toContain('Things');
		expect(texts).not.toContain('variance');
	});

	it('leaves a long form without a function word to the candidates, and every span verbatim', () => {
		expect(texts.filter((text) => text === 'Large language models')).toHaveLength(1);
		for (const span of withWholeLongForms(extractKeyphraseCandidates(abstract), abstract, acronyms)) expect(abstract.slice(span.start, span.end)).toBe(span.text);
	});
});
