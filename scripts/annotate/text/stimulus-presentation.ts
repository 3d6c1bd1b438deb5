/**
 * "Present" with a recipient and "with" is an experimental procedure, not a contribution: "We
 * presented 6- to 9-mo-old infants with sets of pictures", "participants were presented with
 * words". The ditransitive "present someone with something" shows stimuli to beings who take
 * part in a study, as psychology, medicine and user studies write it in any field; "we present a
 * framework with three modules" has a thing for object and stays a contribution. The verb of such
 * a phrase is taken out before contribution verbs are looked for, so the rest of the sentence
 * still counts.
 */

// Beings a study shows stimuli to: who take part, and the animals of experiments.
const RECIPIENT = String.raw`(?:infants|babies|children|toddlers|participants|subjects|listeners|viewers|observers|readers|speakers|adults|users|patients|respondents|volunteers|students|bilinguals|monolinguals|animals|mice|rats|monkeys|birds|them)`;
// "presented 6- to 9-mo-old infants with", "present each participant with", "were presented with".
const PRESENT_WITH = new RegExp(
	String.raw`\bpresent(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,4}?${RECIPIENT}\s+with\b|\b(?:were|was|are|is|be|being)\s+presented\s+with\b`,
	'gi',
);

/**
 * `sentence` with the verb of each stimulus presentation blanked out, the rest left as it is.
 *
 * @example withoutStimulusPresentation('We presented infants with pictures.') // 'We          infants with pictures.'
 * @example withoutStimulusPresentation('We present a framework with three modules.') // unchanged
 */
export function withoutStimulusPresentation(sentence: string): string {
	return sentence.replace(PRESENT_WITH, (phrase) => phrase.replace(/present(?:ed|s|ing)?/i, (verb) => ' '.repeat(verb.length)));
}
