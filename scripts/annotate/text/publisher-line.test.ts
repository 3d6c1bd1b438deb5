import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractClaims } from './claims.ts';
import { isPublisherLine } from './publisher-line.ts';
import { splitSummary } from './summary.ts';
import { selectTldr } from './tldr.ts';

// Abstracts as bibliographic databases export them (music information retrieval, hydrology), a publisher's notice or
// licence before or after the work, and a paper whose topic is copyright: each case's summary parts, TL;DR and claims.
describeStoredOutputs(new URL('./fixtures/publisher-lines/', import.meta.url), 'publisher lines in %s', 'give the stored parts, TL;DR and claims', (file) => {
	const paper = JSON.parse(file('input.json')!) as { title: string; abstract: string };
	const sentences = splitSentences(paper.abstract);
	const summary = splitSummary(sentences);
	const texts = (part: keyof typeof summary) => summary[part].map((s) => s.text);
	return {
		problem: texts('problem'),
		approach: texts('approach'),
		results: texts('results'),
		tldr: selectTldr(sentences, paper.title).text,
		claims: extractClaims(paper.abstract, sentences, []).map((c) => c.value.text),
	};
});

describe('isPublisherLine', () => {
	it('reads notices, licences and a notice split by a lost "©"', () => {
		expect(isPublisherLine('© The Author(s) 2018.')).toBe(true);
		expect(isPublisherLine('© 2019 Copyright held by the owner/author(s).')).toBe(true);
		expect(isPublisherLine('Publication rights licensed to ACM.')).toBe(true);
		expect(isPublisherLine('Published by Oxford University Press.')).toBe(true);
		expect(isPublisherLine('(PsycINFO Database Record (c) 2016 APA, all rights reserved)')).toBe(true);
		expect(isPublisherLine('2000 John Wiley & Sons, Ltd.', 'Copyright ?')).toBe(true);
	});

	it('leaves sentences about copyright, and a year opening a sentence of the work', () => {
		expect(isPublisherLine('Copyright protection of generated works remains unclear.')).toBe(false);
		expect(isPublisherLine('2000 John Wiley & Sons, Ltd.', 'We sampled 12 rivers.')).toBe(false);
		expect(isPublisherLine('In 2019 the network published by the agency grew.')).toBe(false);
	});
});
