/**
 * A structured abstract whose headings an export dropped may open with its study question and answer it in the next sentence:
 * "What are the relationships between telomere lengths in leukocytes and sperm, sperm count and parents age at conception?
 * Sperm telomere length (STL) is related to sperm count, …", as Human Reproduction's "STUDY QUESTION:" and "SUMMARY ANSWER:"
 * run on without their labels. The answer is the study's finding, the TL;DR a reader wants, where the limitations and the
 * outlook the abstract closes on ("this is the first study on …") otherwise outscore it.
 *
 * The answer is told by where it stands and what it says: right after an opening question, asking and predicting nothing
 * itself (a hypothesis's prediction restates the question too), and
 * restating at least three and a third of the question's content words (a question names its setting too, "in a group of apparently
 * healthy subjects of the same age", which the answer leaves out; a background sentence after a rhetorical question names the
 * field, not the question's terms).
 */
import { contentWords, sharedWords } from './title-reading.ts';

/** A prediction, not an answer: a condition or a modal of what would follow ("If X, latencies should be shorter"). */
const PREDICTION = /^(?:if|when|whether)\b|\b(?:should|would|will|might)\b/i;

/** Fewest of the question's content words an answer restates: a subject of two words ("language models") is background's too. */
const FEWEST_RESTATED = 3;

/**
 * Whether sentence `i` of `sentences` answers the question the abstract opens with.
 *
 * @example answersOpeningQuestion(['Is sperm telomere length related to sperm count?', 'Sperm telomere length is related to sperm count.'], 1) // true
 * @example answersOpeningQuestion(['Can models reason?', 'Language models are widely used.'], 1) // false
 */
export function answersOpeningQuestion(sentences: readonly string[], i: number): boolean {
	if (i !== 1 || sentences.length < 2) return false;
	const question = sentences[0]!.trim();
	const answer = sentences[1]!.trim();
	if (!question.endsWith('?') || answer.endsWith('?') || PREDICTION.test(answer)) return false;
	const asked = contentWords(question);
	const restated = sharedWords(answer, asked);
	return restated >= FEWEST_RESTATED && restated * 3 >= asked.size;
}
