import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { answersOpeningQuestion } from './question-answer.ts';
import { selectTldr } from './tldr.ts';

// After the sperm telomere abstract of scripts/eval/listings/unseen-round33-telomere-parental-age.ris, a structured abstract
// whose headings ("STUDY QUESTION", "SUMMARY ANSWER") the export dropped.
const question =
	'What are the relationships between telomere lengths in leukocytes and sperm, sperm count and parents age at conception in a group of apparently healthy subjects of the same age?';
const answer = 'Sperm telomere length (STL) is related to sperm count, it is lower in oligozoospermic than in normozoospermic men and it is directly related to parents age at conception.';

describe('answersOpeningQuestion', () => {
	it('reads the sentence after an opening question that restates its terms as the answer', () => {
		expect(answersOpeningQuestion([question, answer], 1)).toBe(true);
	});

	it('leaves background after a rhetorical question, a later sentence, and a question after a question', () => {
		expect(answersOpeningQuestion(['Can language models reason about telomeres?', 'Language models are widely used in biology today.'], 1)).toBe(false);
		expect(answersOpeningQuestion([question, 'Telomeres shorten with age.', answer], 2)).toBe(false);
		expect(answersOpeningQuestion([question, 'Is sperm count related to parents age at conception?'], 1)).toBe(false);
		expect(answersOpeningQuestion(['Why?', answer], 1)).toBe(false);
		expect(answersOpeningQuestion([question, 'If sperm count is related to parents age at conception, telomere length should differ.'], 1)).toBe(false);
	});

	it('makes the answer the TL;DR over a limitation claiming a first study', () => {
		const abstract = `${question} ${answer} Leukocyte telomere length decreases with age. Although consistent with previous findings, this is the first study on telomere length in oligo- and normozoospermic men and included a relatively low number of subjects.`;
		expect(selectTldr(splitSentences(abstract), 'In young men sperm telomere length is related to sperm number and parental age').text).toBe(answer);
	});
});
