/**
 * BibTeX's case-protecting braces left in another format's text. A Zotero library imported from
 * BibTeX keeps `{W}o{LW}` or `{T}his` in its titles and abstracts, and its CSL-JSON export passes
 * them on: shown as they are, and a brace before a sentence's first word hides the sentence break.
 */

/**
 * Braces around letters that hold a capital (what case protection protects), not after a LaTeX
 * command (`\emph{…}`) or a sub- or superscript mark: `{1, 2, 3}` and `x^{T}` are not case braces.
 */
const CASE_BRACES = /(?<![\\^_][\p{L}]*|[\\^_])\{([\p{L}\p{N} .-]*\p{Lu}[\p{L}\p{N} .-]*)\}/gu;
/** Inline maths, kept whole: `$\mathcal{O}(N)$`. */
const MATHS = /(\$[^$]+\$)/;

/**
 * `text` without BibTeX's case-protecting braces outside inline maths.
 *
 * @example withoutCaseBraces('{W}o{LW}: a {T}ransformer') === 'WoLW: a Transformer'
 */
export function withoutCaseBraces(text: string): string {
	if (!text.includes('{')) return text;
	return text
		.split(MATHS)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(CASE_BRACES, '$1')))
		.join('');
}
