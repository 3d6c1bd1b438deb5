/**
 * A lone title-case word of general English that the abstract writes only inside a longer
 * capitalised name is a piece of that name, not a keyphrase of its own: "Verification" of "Dual
 * Attribution and Verification", "Power" of "Solid Waste and Power", "Lakes" of "Great Lakes",
 * "Layers" of "Dynamic routing of Layers", "Texture" of "Less Gaussians, Texture More". Shown alone, such a word
 * names nothing the paper is about (on the open held-out listings four in five were in no
 * reference list). A word the abstract also writes beside lower-case words ("Twitter users", "a
 * Transformer encoder"), at a sentence's start before lower-case words, or in lower case
 * anywhere, stays: there it is a word of the sentence, or a name of its own.
 */
import type { KeyphraseFilter } from './keyphrase-filter.ts';
import { isGeneralWord } from './keyphrase-vocabulary.ts';

// A word in title case: one capital, then lower-case letters.
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

// Lower-case words a capitalised name holds between its capitalised words ("Reflection and Debate");
// not "in", "from" or "to", which lead to a place as often ("Farmers in Kenya").
const CONNECTOR = '(?:and|or|of|for|as|the|&)';

// A capitalised word (or acronym) right before the word, one connector at most between, or joined by
// a slash; not a function word capitalised as a sentence's first ("The Lakes were sampled").
const OPENER = '(?!(?:The|A|An|This|These|Those|Our|Its|In|On|At|By|For|From|To|With|As|And|Of)\\s)';
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\d])${OPENER}\\p{Lu}[\\p{L}\\d'’-]*(?:\\s+${CONNECTOR})?\\s+$|\\p{Lu}[\\p{L}\\d-]*\\/$`, 'u');
// A capitalised word (or acronym) right after the word, likewise; at a sentence's start, where every
// word is capitalised, only one right after it.
const NAME_AFTER = new RegExp(`^(?:\\s+${CONNECTOR})?\\s+\\p{Lu}|^\\/\\p{Lu}`, 'u');
const NAME_RIGHT_AFTER = /^\s+\p{Lu}|^\/\p{Lu}/u;
// Where a sentence starts: the text's start, or after a full stop, question or exclamation mark.
const SENTENCE_START = /(?:^|[.!?]["')\]]?)\s*$/;

/**
 * True when `phrase` is one title-case word of general English that `text` writes, every time,
 * beside another capitalised word of a name.
 *
 * @example isNamePiece('Verification', 'we introduce DAVinCI, a Dual Attribution and Verification framework') // → true
 * @example isNamePiece('Twitter', 'We study Twitter users and their posts.') // → false
 */
export function isNamePiece(phrase: string, text: string): boolean {
	if (!TITLE_CASE_WORD.test(phrase) || !isGeneralWord(phrase.toLowerCase())) return false;
	const occurrences = [...text.matchAll(new RegExp(`(?<![\\p{L}\\d-])${phrase}(?![\\p{L}\\d-])`, 'giu'))];
	if (occurrences.length === 0) return false;
	return occurrences.every((m) => {
		if (m[0] !== phrase) return false;
		const before = text.slice(Math.max(0, m.index - 40), m.index);
		const after = text.slice(m.index + phrase.length, m.index + phrase.length + 40);
		if (SENTENCE_START.test(before)) return NAME_RIGHT_AFTER.test(after);
		return NAME_BEFORE.test(before) || NAME_AFTER.test(after);
	});
}

/** The filter leaving out a lone capitalised word cut from a longer name. */
export const namePieces: KeyphraseFilter = {
	id: 'name-pieces',
	describe: 'a lone title-case word written only inside a longer name ("Verification" of "Dual Attribution and Verification")',
	drops: (phrase, context) => isNamePiece(phrase, context.text),
};
