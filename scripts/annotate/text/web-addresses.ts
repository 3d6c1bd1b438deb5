/**
 * Web addresses in prose ("https://github.com/org/repo", "aim-uofa.github.io/LivingSwap",
 * "www.example.org"): an address is where something is, not what a paper says, so its parts
 * ("github", "com", "repo") are neither phrases nor words a paper writes.
 */

/** Every web address of a text: a scheme or "www." and what follows, or a domain with a common ending. */
export const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|edu|gov|ai|dev)\b\S*/g;

// Every web address holds "http", "www." or a dot before one of those endings: most abstracts hold
// none, and `WEB_ADDRESS`, trying a domain at every word, need not run on them.
const MAY_HOLD_ADDRESS = /https?:\/\/|www\.|\.(?:com|org|net|io|edu|gov|ai|dev)\b/;

/** Whether a text may hold a web address; false means it surely holds none. */
export const mayHoldWebAddress = (text: string): boolean => MAY_HOLD_ADDRESS.test(text);

/**
 * The text with each web address replaced by spaces of its length, so offsets stay true.
 *
 * @example blankWebAddresses('Code: https://github.com/a/b.') // 'Code:                        '
 */
export function blankWebAddresses(text: string): string {
	return mayHoldWebAddress(text) ? text.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length)) : text;
}
