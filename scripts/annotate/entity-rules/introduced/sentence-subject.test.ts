import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { extractAcronyms } from '../../text/acronyms.ts';
import { sentenceSubject } from './sentence-subject.ts';

const subject = (abstract: string) => {
	if (sentenceSubject.scope !== 'paper') throw new Error('a paper rule');
	const context = { title: '', abstract, sentences: splitSentences(abstract), acronyms: extractAcronyms(abstract), isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
	return sentenceSubject.find(context, []).map((h) => h.name);
};

describe('sentenceSubject', () => {
	it('takes a coined name that is the subject of a sentence as the paper’s own', () => {
		expect(subject('Reading long documents is slow. DocSkim keeps the encoder and prunes tokens early.')).toEqual(['DocSkim']);
	});

	it('leaves an acronym in the plural, a kind of thing counted', () => {
		expect(subject('SMEs contribute to growth but fail often. Two hundred owners answered a survey.')).toEqual([]);
		expect(subject('SMEs contribute to growth. ProdMix assigns each firm to a product class.')).toEqual(['ProdMix']);
	});

	it('leaves the short form of lower-case words a study tests or measures', () => {
		expect(subject('The effects of yoga-based breathing training (YbBT) on sleep were investigated. YbBT improved sleep onset.')).toEqual([]);
		expect(subject('Fatigue and health-related quality of life (HrQoL) were recorded. HrQoL was assessed with two scales.')).toEqual([]);
	});

	it('keeps one the authors define as their own work, or whose long form is a made thing', () => {
		expect(subject('Here, a filter is adapted for use as a joint bias correction algorithm (JbCa). JbCa outperforms quantile mapping.')).toEqual(['JbCa']);
		expect(subject('A filter is adapted for use as a joint bias correction algorithm (JbCa). JbCa outperforms quantile mapping.')).toEqual(['JbCa']);
		expect(subject('We call our method token skimming with memory (TsKM). TsKM keeps the encoder and prunes tokens early.')).toEqual(['TsKM']);
	});

	it('leaves a name that modifies a noun of what an examination gives, the sentence\'s real subject', () => {
		expect(subject('A woman was admitted with back pain. PET scan found an abscess near the spine. She recovered.')).toEqual([]);
		expect(subject('A woman was admitted with back pain. PET images showed an abscess near the spine.')).toEqual([]);
	});
});
