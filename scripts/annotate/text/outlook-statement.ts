/**
 * A sentence that states what the work makes possible next is an outlook, not what the paper did:
 * "The new classification opens opportunities for relating vegetation and groundwater dynamics",
 * "These results pave the way for …", "This opens up new avenues for …". Its main verb is one of
 * opening or paving with a prospect as object; the participle in "We propose X, paving the way for
 * Y" hangs off a contribution and leaves the sentence a contribution (the caller checks that).
 */

// "opens opportunities", "opened up new avenues", "paves the way", "open the door": a finite verb, not "opening"/"paving".
const OUTLOOK = /\b(?:opens?|opened|paves?|paved)\s+(?:up\s+)?(?:(?:new|many|several|further|the|exciting|interesting)\s+){0,2}(?:opportunit(?:y|ies)|avenues?|perspectives?|possibilit(?:y|ies)|prospects?|directions?|way|door|doors)\b/i;

/**
 * Whether `sentence` states a prospect the work opens rather than something it did.
 *
 * @example statesOutlook('The new classification opens opportunities for relating vegetation and groundwater.') // true
 * @example statesOutlook('The new classification is based on the variability of the groundwater level.') // false
 */
export function statesOutlook(sentence: string): boolean {
	return OUTLOOK.test(sentence);
}
