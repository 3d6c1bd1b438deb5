import { describe, expect, it } from 'vitest';
import { isGeneralWord, isGradingWord, isTechnicalWord, isVagueWord } from './keyphrase-vocabulary.ts';
import { extractKeyphraseCandidates } from './keyphrases.ts';

describe('isVagueWord', () => {
	it('reads general and vague head nouns as vague, in any case, and field nouns as not', () => {
		for (const word of ['methods', 'Framework', 'performance', 'dataset']) expect(isVagueWord(word)).toBe(true);
		for (const word of ['attention', 'contigs', 'pseudotime', 'distillation']) expect(isVagueWord(word)).toBe(false);
	});
});

describe('isGeneralWord', () => {
	it('knows words of general English in the singular and the plural, and not field coinages', () => {
		for (const word of ['pipeline', 'galaxies', 'models', 'transport']) expect(isGeneralWord(word)).toBe(true);
		for (const word of ['pseudotime', 'contigs', 'multi']) expect(isGeneralWord(word)).toBe(false);
	});
});

describe('isTechnicalWord', () => {
	const technical = (text: string, word: string, capitalNames = true) => {
		const start = text.indexOf(word);
		return isTechnicalWord(text, { start, end: start + word.length }, capitalNames);
	};

	it('keeps inner capitals, words outside general English and names inside a sentence', () => {
		expect(technical('We tune LoRA.', 'LoRA')).toBe(true);
		expect(technical('We bin contigs.', 'contigs')).toBe(true);
		expect(technical('It runs with Mamba.', 'Mamba')).toBe(true);
	});

	it('rejects general words, units, title-cased general compounds and a capital that only starts the sentence', () => {
		expect(technical('The pipeline runs.', 'pipeline')).toBe(false);
		expect(technical('It needs 24 GB.', 'GB')).toBe(false);
		expect(technical('Supervised Fine-Tuning helps.', 'Fine-Tuning')).toBe(false);
		expect(technical('Detection is hard.', 'Detection')).toBe(false);
		expect(technical('It runs with Mamba.', 'Mamba', false)).toBe(false);
	});

	// unseen-round22-clinical-cohorts-trials.txt: "DESIGN" of its headings was a reason two papers were related.
	it("rejects a structured abstract's heading in capitals, and keeps an acronym before a colon", () => {
		expect(technical('Delirium is common. DESIGN: A cohort study.', 'DESIGN')).toBe(false);
		expect(technical('Delirium is common. AIMS: To map it.', 'AIMS')).toBe(false);
		expect(technical('We test on GLUE: eight tasks.', 'GLUE')).toBe(true);
	});
});

describe('isGradingWord', () => {
	it('reads "well" joined to a participle as grading, as the evaluative words are', () => {
		for (const word of ['well-defined', 'well-known', 'well-established', 'well-understood', 'well-documented', 'novel']) expect(isGradingWord(word)).toBe(true);
		for (const word of ['well-being', 'wellbeing', 'defined', 'well']) expect(isGradingWord(word)).toBe(false);
	});

	it('trims it from a phrase, so no cut phrase keeps it (round 36 machine-ethics wording)', () => {
		const found = extractKeyphraseCandidates('Organizations that apply ethical AI have clearly stated well-defined review processes. The computation of a well-documented FSI test case is carried out.').map((c) => c.text);
		expect(found).not.toContain('well-defined review');
		expect(found).not.toContain('well-documented FSI test case');
		expect(found).toContain('FSI test case');
	});
});
