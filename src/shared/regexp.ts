/**
 * Text as a literal inside a regular expression. Shared by the generator (entity and
 * taxonomy matching) and the browser's offline search, so it stays free of Node APIs.
 */

/**
 * The syntax characters of a pattern. Not `-`: escaping it is an error under the `u` flag
 * outside a character class, and the escaped text never stands inside one.
 */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * `text` with every RegExp special character escaped, to match it literally.
 *
 * @example new RegExp(escapeRegExp('GPT-3.5 (turbo)')).test('GPT-3.5 (turbo)') // true
 * @example escapeRegExp('a.b') // 'a\\.b'
 */
export function escapeRegExp(text: string): string {
	return text.replace(SPECIAL, '\\$&');
}
