/**
 * The edges of a capitalised name that wink-nlp's tags cut off: a capitalised first word it read
 * as an adverb or a verb ("Fast" of "Fast Healthcare Interoperability Resources"), and a number
 * that closes the name ("Health Level 7", "Trial Use Version 2"). Cut there, the name's rest was a
 * keyphrase, a topic name or a related paper's reason that no one writes ("Interoperability
 * Resources", "Health Level"). `keyphrase-words.ts` reads such words as part of the name.
 */
import type { Token } from '../sentences.ts';

// A word in title case, and the tags of a noun in a name.
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const NAME_TAGS = new Set(['NOUN', 'PROPN']);
// Tags wink-nlp gives a name's first word when it takes it for a word of the sentence.
const MISREAD_OPENER_TAGS = new Set(['ADV', 'VERB']);
// Tags of a word a count would be followed by ("Version 2 patients"): then the number is no part of the name.
const COUNTED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Whether `tokens[k]` is a noun in title case, one space after `tokens[k - 1]` when `spaced`. */
const titleNoun = (tokens: readonly Token[], k: number) => !!tokens[k] && TITLE_CASE.test(tokens[k]!.text) && NAME_TAGS.has(tokens[k]!.pos);
const spaced = (tokens: readonly Token[], k: number) => !!tokens[k] && !!tokens[k - 1] && tokens[k]!.start === tokens[k - 1]!.end + 1;

/**
 * Whether `tokens[i]`, a title-case word tagged as an adverb or a verb inside a sentence, opens a
 * name of two or more title-case nouns after it. At a sentence's start its capital says nothing
 * ("Recently Large Language Models …"), so it is left there.
 *
 * @example opensName(tokens of 'the new Fast Healthcare Interoperability Resources', 3) // → true ("Fast")
 */
export function opensName(tokens: readonly Token[], i: number): boolean {
	const token = tokens[i]!;
	if (!MISREAD_OPENER_TAGS.has(token.pos) || !TITLE_CASE.test(token.text)) return false;
	const before = tokens[i - 1];
	if (!before || /^[.!?:;"“]$/.test(before.text)) return false;
	return titleNoun(tokens, i + 1) && spaced(tokens, i + 1) && titleNoun(tokens, i + 2) && spaced(tokens, i + 2);
}

/**
 * Whether `tokens[i]`, a number of one or two digits, closes the name of two or more title-case
 * nouns written one space before it ("Health Level 7 (HL7)", "Trial Use Version 2 and"). A noun
 * after it would be what it counts, a year (four digits) dates the name rather than ends it, and a
 * journal's volume is followed by its issue or pages.
 *
 * @example closesName(tokens of 'the Health Level 7 (HL7) standard', 3) // → true ("7")
 */
export function closesName(tokens: readonly Token[], i: number): boolean {
	const token = tokens[i]!;
	if (token.pos !== 'NUM' || !/^[1-9]\d?$/.test(token.text) || !spaced(tokens, i)) return false;
	if (!titleNoun(tokens, i - 1) || !titleNoun(tokens, i - 2) || !spaced(tokens, i - 1)) return false;
	const next = tokens[i + 1];
	// A journal's volume runs on into its issue or pages ("Journal of Vector Ecology 34 (1): 62-69").
	if (next?.text === ':' || (next?.text === '(' && /^\d/.test(tokens[i + 2]?.text ?? ''))) return false;
	return !next || !(COUNTED.has(next.pos) && spaced(tokens, i + 1));
}
