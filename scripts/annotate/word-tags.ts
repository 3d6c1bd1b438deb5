/**
 * How wink-nlp reads one word in a fixed frame of a few words: whether English has it as a verb,
 * a noun or an adjective. Rules ask this of a word whose tag in the abstract they doubt (a noun
 * that may be a clause's verb, a verb that may be a compound's noun), so the answer comes from
 * the tagger's knowledge of the word, not from a list. Answers are kept by the word asked.
 */
import { partsOfSpeech } from './sentences.ts';

/** Answers kept per question before they are dropped, all at once (a long run's words). */
const ANSWERS_KEPT = 100_000;

/** `ask`, with its answers kept by the word asked. */
function keptAnswers(ask: (word: string) => boolean): (word: string) => boolean {
	const answers = new Map<string, boolean>();
	return (word) => {
		let answer = answers.get(word);
		if (answer === undefined) {
			answer = ask(word);
			if (answers.size >= ANSWERS_KEPT) answers.clear();
			answers.set(word, answer);
		}
		return answer;
	};
}

/**
 * True when wink-nlp tags `word` as a verb after a subject pronoun and before a determiner ("They
 * lack the"): the word can be a verb in English. Asked only of a noun-tagged word a rule suspects is a
 * clause's verb ("species that lack fresh tissues"), so that a noun never one ("cell", "gene") stays.
 *
 * @example tagsAsVerb('lack') // true
 * @example tagsAsVerb('cell') // false
 */
export const tagsAsVerb = keptAnswers((word) => partsOfSpeech(`They ${word} the`)[1] === 'VERB');

/**
 * True when wink-nlp tags `word` as a noun after "the" and before a verb ("the reward is"): the word
 * can be a noun in English. Asked only of a verb-tagged word a rule suspects is a compound's noun
 * ("prompt optimization"), so that a verb never a noun ("took", "ignore") stays one.
 *
 * @example tagsAsNoun('reward') // true
 * @example tagsAsNoun('ignore') // false
 */
export const tagsAsNoun = keptAnswers((word) => partsOfSpeech(`The ${word} is`)[1] === 'NOUN');

/**
 * True when wink-nlp reads `word` as an adjective where a noun would stand ("We saw the new linear ."):
 * "linear", "relative", "multimodal"; not "chemical", "material", "chain".
 *
 * @example tagsAsAdjective('linear') // true
 */
export const tagsAsAdjective = keptAnswers((word) => partsOfSpeech(`We saw the new ${word} .`)[4] === 'ADJ');

const participleAfterAdverb = keptAnswers((pair) => {
	const pos = partsOfSpeech(`It has been ${pair} .`);
	return pos[3] === 'ADV' && pos[4] === 'VERB';
});

/**
 * True when wink-nlp reads `word` as a past participle after "It has been" ("understood", "used", "grown";
 * not "care", "monitoring"), and `adverb` as an adverb before one ("poorly", "widely"; not "elderly", "family"):
 * together they make a clause's verb with its manner ("poorly understood"), never a noun phrase.
 *
 * @example modifiesParticiple('poorly', 'understood') // true
 */
export function modifiesParticiple(adverb: string, word: string): boolean {
	return participleAfterAdverb(`${adverb} ${word}`);
}
