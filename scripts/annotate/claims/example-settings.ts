/**
 * A bracket of examples opened with a preposition names the settings a result holds in, not who achieves it:
 * "compresses the denoising by tenfold (e.g., in Model-A and Model-B) into one step", "cuts latency by half
 * (for example, on Jetson boards)". The actor is the clause's subject, or the one before it, as when the
 * clause names nobody; the examples are only where the reader may look. A bracket of examples with no
 * preposition ("existing models (e.g., GPT-4) score 30%") still names who scores, so it is left alone.
 */

// An open "(" then "e.g.", "for example" or "such as", and a preposition of place or setting, before the name.
const EXAMPLE_SETTING = /\(\s*(?:e\.\s?g\.|for example|for instance|such as),?\s+(?:in|on|with|for|across|under)\s+[^()]*$/i;

/**
 * Whether the name starting at `start` of `text` stands in a bracket of examples of where a result holds.
 *
 * @example isExampleSetting('X cuts cost by tenfold (e.g., in A and B).', 31) // true
 * @example isExampleSetting('Models (e.g., A) score 30%.', 14) // false
 */
export function isExampleSetting(text: string, start: number): boolean {
	return EXAMPLE_SETTING.test(text.slice(Math.max(0, start - 120), start));
}
