/**
 * How keyphrase steps compare and read a phrase: its comparable form (lowercase,
 * single-spaced, singular), its words, and whether it is written as a name. Every collection
 * step that matches keyphrases across papers (selection, related papers, topic names) compares
 * them by `phraseForm`.
 */
import { americanSpelling } from './american-spelling.ts';

/**
 * The comparable form of a phrase: lowercase, single-spaced, in American spelling
 * (`american-spelling.ts`), a plural last word made singular, a last "-ies" or "-ie" written "-y" (a
 * page listed "streamlined bodies" beside "streamlined body"; "calories" and "calorie" stay one, and
 * "series" is itself in either number), and a last "-sses" written "-ss" (a list's topics were "Family
 * business" and "Family businesses", one subject twice, when "businesses" read as "businesse").
 *
 * @example phraseForm('Large Language  Models') // → 'large language model'
 * @example phraseForm('streamlined bodies') // → 'streamlined body'
 * @example phraseForm('Tumour cells') // → 'tumor cell'
 * @example phraseForm('family businesses') // → 'family business'
 */
export function phraseForm(phrase: string): string {
	return americanSpelling(phrase.toLowerCase())
		.replace(/\s+/g, ' ')
		.replace(/(?<=[a-z]{2})ies?$/, 'y')
		.replace(/(?<=[a-z]{3})(?:(?<=[^s])s|(?<=(?:ch|sh|x|ss))es)$/, '');
}

/**
 * True when a phrase is written as a name or led by one: its first word has a capital past its
 * first letter ("LoRA", "ScienceQA dataset"), or every word is capitalised ("Monte Carlo Tree
 * Search"). A common phrase that only holds a name further in ("archive HST transit data",
 * "masked LLM") names no more than its common words do.
 *
 * @example writtenAsName('ScienceQA dataset') // → true
 * @example writtenAsName('Monte Carlo Tree Search') // → true
 * @example writtenAsName('base LLM') // → false
 */
export function writtenAsName(phrase: string): boolean {
	const words = phrase.split(/\s+/);
	return /[A-Z]/.test(words[0]!.slice(1)) || (words.length > 1 && words.every((word) => /^[A-Z0-9]/.test(word)));
}

/** The words of a phrase form, a hyphen splitting them. */
export function wordsOf(form: string): string[] {
	return form.split(/[\s-]+/).filter(Boolean);
}

/**
 * A word without a plural "s", "-ies" and "-ie" as "-y" (as `phraseForm` writes a last word), for
 * comparing title words with a phrase's words.
 *
 * @example singular('models') // → 'model'
 * @example singular('species') // → 'specy'
 */
export function singular(word: string): string {
	if (word.length > 3 && /[a-z]{2}ies?$/.test(word)) return word.replace(/ies?$/, 'y');
	if (word.length > 5 && word.endsWith('sses')) return word.slice(0, -2);
	return word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}
