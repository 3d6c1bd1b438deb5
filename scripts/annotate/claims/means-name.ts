/**
 * A name after "via" or "through" is the means a thing is done by, not the system a result is of:
 * "This design allows fast adaptation via lightweight LoRA updates, taking under a minute", "calibration
 * through Platt scaling costs 2 ms". The sentence's subject, often the paper's own method told of without
 * its name ("This self-supervision", "The second stage"), is what the result is of; the tool it runs
 * through is used, as a library or an adapter is, in any field.
 */

// "via" or "through", an optional article, and up to two lower-case modifiers before the name ("via lightweight LoRA").
const MEANS = /\b(?:via|through)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:on|of|in|with|for|by|to|and|or)\s)[a-z][\w-]*\s+){0,2}$/;

/**
 * Whether the name starting at `start` of `text` is the means of "via" or "through".
 *
 * @example isMeans('Tuning runs via lightweight QLoRA updates.', 28) // true
 * @example isMeans('QLoRA runs fast.', 0) // false
 */
export function isMeans(text: string, start: number): boolean {
	return MEANS.test(text.slice(Math.max(0, start - 48), start));
}
