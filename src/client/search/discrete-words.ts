/**
 * How Pagefind's indexer splits a compound word into the parts it also indexes. Apart from
 * the ranking port (pagefind-ranking.ts), so the online search can read matched words
 * without bringing the port's stemmer along.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * The parts of a compound word, as Pagefind's `get_discrete_words` splits it (ASCII
 * punctuation, then case and digit boundaries as `convert_case` draws them).
 * @example discreteWords('RLPrompt') // ['rl', 'prompt']; discreteWords('actor-critic') // ['actor', 'critic']
 */
export function discreteWords(raw: string): string[] {
	return raw
		.replace(ASCII_PUNCTUATION, ' ')
		.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
		.replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ')
		.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ')
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean);
}
