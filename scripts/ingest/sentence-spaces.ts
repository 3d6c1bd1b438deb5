/**
 * Abstracts exported by publishers and reference managers often lose the break between their
 * sections ("Motivation", "Results", "Availability"), leaving the sentences glued:
 * "…multi-omics information.This paper presents HyperTMO…". Sentence splitting, the TL;DR,
 * the problem/approach/results summary and search all need the space, so it is put back when
 * the text is read, as other whitespace is normalised (raw-paper.ts `cleanText`).
 */

/**
 * A sentence end glued to the next sentence: a word ending in two letters, one of them lower case
 * (a unit too: "-25 dB.This", "at 5 kHz.The"), or a closing bracket, and `.`, `?` or `!`, then a
 * capitalised word. Single letters ("e.g.The") and capitals ("U.S.Army", "HyperTMO.Supplementary")
 * are left alone.
 */
const GLUED_SENTENCE = /(?<=(?:\p{Ll}\p{L}|\p{L}\p{Ll}|[)\]])[.?!])(?=\p{Lu}\p{Ll})/gu;

/** Tokens that are addresses or identifiers, where a dot before a capital is no sentence end. */
const ADDRESS = /[/@\\]|^www\.|:\/\//;

/**
 * `text` with a space between sentences that were glued together; every other character
 * unchanged. URLs, e-mail addresses and paths are left whole.
 *
 * @example restoreSentenceSpaces('omics information.This paper') // 'omics information. This paper'
 */
export function restoreSentenceSpaces(text: string): string {
	if (!GLUED_SENTENCE.test(text)) return text;
	GLUED_SENTENCE.lastIndex = 0;
	return text
		.split(/(\s+)/)
		.map((token) => (ADDRESS.test(token) ? token : token.replace(GLUED_SENTENCE, ' ')))
		.join('');
}
