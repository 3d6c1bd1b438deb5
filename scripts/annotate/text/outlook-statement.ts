/**
 * A sentence that states what the work makes possible next is an outlook, not what the paper did:
 * "The new classification opens opportunities for relating vegetation and groundwater dynamics",
 * "These results pave the way for …", "This opens up new avenues for …". Its main verb is one of
 * opening or paving with a prospect as object; the participle in "We propose X, paving the way for
 * Y" hangs off a contribution and leaves the sentence a contribution (the caller checks that).
 *
 * The same holds in every field for a hedged prospect as the main verb: "These initiatives are
 * expected to help fish farmers …", "If this is true, then rotational observations might provide an
 * important source of new information …", "Understanding the advances … may provide insights for
 * future growth …", "Mobile phones promise to bring …", "The proposed algorithm could be operationally used for
 * historical mapping …". A modal of possibility with a verb of
 * helping or serving says what might follow, not what the paper did or found. Only the main clause
 * counts: in "We report categories of contracts, which may help designers" or "Results suggest that
 * the tool can help farmers" the prospect hangs off a report or a finding, and in "Tumour mass represented a
 * cumulative energy cost of … and may contribute to weight loss" it is the second half of a finding.
 */

// "opens opportunities", "opened up new avenues", "paves the way", "open the door": a finite verb, not "opening"/"paving".
const OUTLOOK = /\b(?:opens?|opened|paves?|paved)\s+(?:up\s+)?(?:(?:new|many|several|further|the|exciting|interesting)\s+){0,2}(?:opportunit(?:y|ies)|avenues?|perspectives?|possibilit(?:y|ies)|prospects?|directions?|way|door|doors)\b/i;

// "may help", "might provide", "could serve", "would be useful", "could be operationally used for", "are expected to",
// "has the potential to", "promises to". ("can be used to" is left out: it states what a tool does.)
const PROSPECT = new RegExp(
	String.raw`\b(?:(?:may|might|could|would|will|should|can)\s+(?:also\s+|further\s+|potentially\s+|thus\s+|therefore\s+|then\s+)?(?:help|provide|offer|enable|allow|benefit|support|guide|inform|facilitate|contribute|serve|prove|be (?:useful|valuable|helpful|beneficial|of (?:use|interest|value)))|(?:may|might|could|would)\s+(?:also\s+|potentially\s+|thus\s+|therefore\s+|then\s+|further\s+|easily\s+|readily\s+)?be\s+(?:[a-z]+ly\s+)?(?:used|applied|adopted|extended|employed|transferred)\s+(?:for|to|in)|(?:is|are) expected to|ha(?:s|ve) the potential to|promis(?:es|e) to)\b`,
	'i',
);
// A prospect after "that", "which", "what" … hangs off another verb: a finding, a report, a question.
const SUBORDINATE = /\b(?:that|which|who|whose|where|what|how|whether)\b/i;

// "X represented a cumulative incremental REE of … and may contribute substantially to …": a prospect coordinated after a
// main clause with a verb of its own is that clause's second half; the sentence states the first.
const COORDINATED = /\s(?:and|,\s?and)\s+$/;

/** Whether the main clause's verb is a hedged prospect ("These initiatives are expected to help …"). */
function hedgesProspect(sentence: string): boolean {
	const prospect = PROSPECT.exec(sentence);
	if (prospect === null) return false;
	const before = sentence.slice(0, prospect.index);
	return !SUBORDINATE.test(before) && !COORDINATED.test(before);
}

/**
 * Whether `sentence` states a prospect the work opens rather than something it did.
 *
 * @example statesOutlook('The new classification opens opportunities for relating vegetation and groundwater.') // true
 * @example statesOutlook('These initiatives are expected to help fish farmers.') // true
 * @example statesOutlook('The new classification is based on the variability of the groundwater level.') // false
 */
export function statesOutlook(sentence: string): boolean {
	return OUTLOOK.test(sentence) || hedgesProspect(sentence);
}
