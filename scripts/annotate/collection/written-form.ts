/**
 * How a paper writes a phrase that the related-paper reasons hold in lower case. Word-pair labels
 * are lower-cased so that a sentence's capital ("Heat transport is …") does not become the
 * label; a proper noun then reads wrong ("north atlantic", "gaussian process"). The abstract
 * settles it: where the phrase stands inside a sentence, written with capitals, that is its form.
 */
import { isFunctionWord } from './function-word-edges.ts';
import { isTitleCase } from './title-phrases.ts';

/** Word characters: a phrase found inside a longer word ("atlanticism") is no occurrence. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What ends the text before a sentence's first word: a full stop, a question or exclamation mark, a colon. */
const SENTENCE_END = /[.!?:]["')\]]*\s*$/;
/**
 * Capitalised words up to an acronym in brackets: "Large Language Models (LLMs)" capitalises the
 * letters its acronym takes, as a convention, not because the words are a name. Only when every
 * word is capitalised: "Markov decision processes (MDPs)" keeps the capital of a name.
 */
const BEFORE_ACRONYM = /^\s*\(\p{Lu}[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*\)/u;
const spellsAcronym = (written: string, after: string) => BEFORE_ACRONYM.test(after) && written.split(/[\s-]+/).every((word) => /^\p{Lu}/u.test(word));
/**
 * A capitalised word just before or after: the occurrence is cut from a longer name ("Meridional Overturning Circulation").
 * A function word before is none ("The Helfrich Hamiltonian is …" opens a sentence; `isFunctionWord`).
 */
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}\p{N}-]*)[\s-]+$/u;
const nameBefore = (before: string) => {
	const word = CAPITAL_BEFORE.exec(before)?.[1];
	return word !== undefined && !isFunctionWord(word);
};
const CAPITAL_AFTER = /^[\s-]+\p{Lu}/u;

/**
 * The form `text` writes the lower-case `phrase` in: its first capitalised occurrence that is a
 * whole name (no capitalised word beside it), neither opens a sentence nor spells out an acronym,
 * unless the text also writes it in lower case (then it is a common phrase);
 * `phrase` itself when it has capitals already or the text never writes it so.
 *
 * @example writtenForm('north atlantic', 'Cooling of the North Atlantic slowed.') === 'North Atlantic'
 * @example writtenForm('heat transport', 'Heat transport fell. The heat transport …') === 'heat transport'
 */
export function writtenForm(phrase: string, text: string, lowerText = text.toLowerCase()): string {
	// Lower-casing changes the length of a few letters ("İ"): offsets would then not line up.
	if (phrase !== phrase.toLowerCase() || lowerText.length !== text.length) return phrase;
	let capitalised: string | undefined;
	for (let at = lowerText.indexOf(phrase); at >= 0; at = lowerText.indexOf(phrase, at + 1)) {
		const end = at + phrase.length;
		if (WORD_CHAR.test(lowerText[at - 1] ?? '') || WORD_CHAR.test(lowerText[end] ?? '')) continue;
		const written = text.slice(at, end);
		if (written === phrase) return phrase;
		if (capitalised !== undefined) continue;
		const before = text.slice(Math.max(0, at - 40), at);
		const after = text.slice(end, end + 40);
		const opensSentence = at === 0 || SENTENCE_END.test(before) || before.trim() === '';
		if (!opensSentence && !nameBefore(before) && !CAPITAL_AFTER.test(after) && !spellsAcronym(written, after)) capitalised = written;
	}
	return capitalised ?? phrase;
}

/**
 * How a paper writes a lower-case `phrase`: as its abstract does (`writtenForm`), or, where the
 * abstract never writes it, as its title does when the title is in sentence case, where a capital
 * inside is a name's ("… in a Peruvian population"). Two papers sharing only a phrase of their titles
 * were related by "peruvian population". A title in title case capitalises every word, so it says nothing.
 *
 * @example paperForm('peruvian population', { title: 'Autoimmune gastritis in a Peruvian population', abstract: 'We studied 40 patients.' }) === 'Peruvian population'
 */
export function paperForm(phrase: string, paper: { title: string; abstract: string }, lowerAbstract = paper.abstract.toLowerCase()): string {
	const written = writtenForm(phrase, paper.abstract, lowerAbstract);
	if (written !== phrase || lowerAbstract.includes(phrase) || isTitleCase(paper.title)) return written;
	return writtenForm(phrase, paper.title);
}
