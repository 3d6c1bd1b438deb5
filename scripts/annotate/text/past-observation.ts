/**
 * A state observed, told in the plain past: "Males were active most of the day", "Two genera were paraphyletic in all
 * analyses", "The clade was an exception to the high support". Field and comparative studies report what they saw this
 * way, with a past copula and an adjective or a noun phrase, no verb of finding and no figure, and such a sentence carries
 * no cue of any part. The copula before a participle is a step of the method ("were trapped", "was then optimized",
 * "were randomly assigned") and before a preposition a setting ("Soils were from three farms"), and both are left out; so
 * is a sentence opened by the authors, a pronoun, a clause of time or condition, or "there". A concession and then what was
 * seen ("Although beech was slightly less abundant in the canopy than spruce, it strongly outnumbered spruce in
 * regeneration") is an observation too: the main clause after the concession tells, in the plain past, what the study saw.
 */

const PAST_STATE =
	/^(?!(?:we|i|this|these|those|our|it|there|in|on|at|for|during|after|before|to|as|since|when|while|if|although)\b)(?:[\w–'’-]+\s){1,6}?(?:was|were)\s+(?:not\s+|also\s+|most\s+|more\s+|less\s+|highly\s+|generally\s+)?(?!(?:then|first|also|further|subsequently|used|done|made|taken|given|shown|found|known|seen|run|set|chosen|drawn|built|held|kept|led|sent|put|cut|split|spent|brought|thought|told|grown|able|carried|based|applied|obtained|from|in|at|on|of|by|with|into|to|for|under|over|between|within|among|as)\b)(?![a-z]+ed\b)(?![a-z]+ly\s+[a-z]+ed\b)[a-z]+\b/i;

// "Although X was …, it/Y <verb>ed …": a concession, then a main clause in the plain past whose subject is not the authors
// ("Although the sample was small, we used …" tells a step) and whose verb is no copula before a participle.
const CONCEDED_PAST =
	/^(?:although|though|while|whereas)\s[^,;]{3,160},\s+(?!(?:we|i|our|this study|the authors)\b)(?:it|they|(?:the\s+)?(?!(?:was|were)\b)[\w-]+(?:\s(?!(?:was|were|had|has)\b)[\w-]+){0,3})\s+(?:\w+ly\s+)?(?!(?:was|were|used|applied|based)\b)[a-z]+ed\b/i;

/**
 * Whether the sentence tells a state observed in the plain past.
 *
 * @example observesInPast('Males were active most of the day.') // true
 * @example observesInPast('Each bird was ringed and weighed.') // false: a step
 * @example observesInPast('Although beech was rarer in the canopy, it outnumbered spruce in regeneration.') // true
 */
export function observesInPast(sentence: string): boolean {
	return PAST_STATE.test(sentence) || CONCEDED_PAST.test(sentence);
}
