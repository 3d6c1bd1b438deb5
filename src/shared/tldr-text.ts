/**
 * The TL;DR as shown. Its span may start inside a sentence, after a connector clause left
 * out ("To address this, we propose X." → span "we propose X."): the display capitalises the
 * first word, the span stays verbatim.
 */

/**
 * The TL;DR text as pages, feeds and listings show it: the first word capitalised when it
 * is written all in lower case ("we" → "We"); "pLM", "iPhone" and "GPT-4" stay as written.
 *
 * @example tldrText('we propose X.') // 'We propose X.'
 * @example tldrText('pLM embeddings predict it.') // 'pLM embeddings predict it.'
 */
export function tldrText(span: { text: string }): string {
	return span.text.replace(/^(\p{Ll})(\p{Ll}*)(?=[\s,.;:]|$)/u, (_, first: string, rest: string) => first.toUpperCase() + rest);
}
