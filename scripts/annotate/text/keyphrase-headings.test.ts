import { describe, expect, it } from 'vitest';
import { isHeadingPhrase } from './keyphrase-headings.ts';

// After Expert Opinion's review in scripts/eval/listings/unseen-round30-drug-repurposing.txt.
const REVIEW = 'INTRODUCTION: AD is the main cause of dementia. AREAS COVERED: This article reviews key drugs. EXPERT OPINION: Anti-Aβ drugs have failed.';

describe('isHeadingPhrase', () => {
	it('reads the words of a heading in capitals, whole or in part, as a heading', () => {
		expect(isHeadingPhrase('EXPERT OPINION', REVIEW)).toBe(true);
		expect(isHeadingPhrase('AREAS', REVIEW)).toBe(true);
		expect(isHeadingPhrase('INTRODUCTION', REVIEW)).toBe(true);
		expect(isHeadingPhrase('DESIGN', 'OBJECTIVE: To test X. DESIGN, SETTING, AND PARTICIPANTS: A cohort of adults.')).toBe(true);
	});

	it('keeps the same words in a sentence, a part of a word, and phrases with small letters', () => {
		expect(isHeadingPhrase('EXPERT OPINION', 'We asked for EXPERT OPINION: none came.')).toBe(false);
		expect(isHeadingPhrase('AREA', REVIEW)).toBe(false);
		expect(isHeadingPhrase('AD', REVIEW)).toBe(false);
		expect(isHeadingPhrase('key drugs', REVIEW)).toBe(false);
	});
});
