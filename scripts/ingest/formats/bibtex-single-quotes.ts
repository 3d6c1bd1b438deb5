/**
 * LaTeX's single quotation marks: `` `stuck' `` is typeset ‘stuck’. The BibTeX parser turns the
 * double ones (``…'') into “…” but leaves a lone backtick, so a title read "The `Murdochization' of
 * news". A backtick before a word opens a quote that the next closing apostrophe after a word ends,
 * within one line; a backtick closed by another backtick (Markdown's `code`) is left alone.
 */

const SINGLE_QUOTED = /(?<![\p{L}\p{N}`])`(?=[\p{L}\p{N}])([^`'\n]{1,200}?[\p{L}\p{N}.!?)])'(?![\p{L}\p{N}])/gu;

/**
 * The text with each LaTeX single quotation in typographic quotes.
 *
 * @example withTypographicSingleQuotes("a `stuck' case") // 'a ‘stuck’ case'
 */
export function withTypographicSingleQuotes(text: string): string {
	return text.includes('`') ? text.replace(SINGLE_QUOTED, '‘$1’') : text;
}
