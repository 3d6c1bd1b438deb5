/**
 * TL;DR checks of one paper: is the chosen sentence one a reader accepts as the contribution,
 * and does it open with a connector that only makes sense after the sentence before it
 * ("However, …", "To this end, …", "Specifically, …").
 *
 * Acceptable: the chosen text contains one of the gold snippets (case and whitespace aside).
 */
import { normalise } from './match.ts';

/**
 * Openers that lean on the previous sentence. "To address this" and its kin are included:
 * shown alone, "this" points at nothing.
 */
const CONNECTOR =
	/^(?:however|moreover|furthermore|additionally|in addition|also|besides|further|thus|hence|therefore|consequently|accordingly|as a result|as such|to this end|to that end|to (?:address|overcome|tackle|solve|bridge|close|mitigate|remedy|alleviate|fill) (?:this|these|that|those|the (?:above|aforementioned))\b|in contrast|by contrast|conversely|meanwhile|instead|specifically|concretely|in particular|notably|importantly|finally|lastly|first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|overall|in summary|in short|together|similarly|likewise|nevertheless|nonetheless|yet|still|but|and|or|so|based on (?:this|these|that)|building on (?:this|these|that)|with (?:this|these|that)|this (?:way|approach|design)|these (?:results|findings))\b/i;

/**
 * Words a snippet may open with that the TL;DR leaves out of its display ("Here we demonstrate …" is
 * shown as "We demonstrate …"): the snippet matches without them too.
 */
const LEFT_OUT = /^(?:here(?:in)?|in this (?:paper|work|study|article|letter|manuscript)),?\s+/;

/** True when the TL;DR text contains one of the acceptable snippets (or it without an opener the display leaves out). */
export function isAcceptableTldr(text: string, snippets: readonly string[]): boolean {
	const form = normalise(text);
	return snippets.some((snippet) => {
		const wanted = normalise(snippet);
		return form.includes(wanted) || form.includes(wanted.replace(LEFT_OUT, ''));
	});
}

/**
 * True when the text opens with a connector.
 *
 * @example startsWithConnector('To this end, we propose X.') // true
 * @example startsWithConnector('We propose X.') // false
 */
export function startsWithConnector(text: string): boolean {
	return CONNECTOR.test(text.trimStart().replace(/^[("'“‘\s]+/, ''));
}
