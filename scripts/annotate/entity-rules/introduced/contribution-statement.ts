/**
 * How an abstract says the authors made something: a sentence whose subject is the authors or
 * their paper ("we propose …", "this paper introduces …", "our work develops …") and a
 * contribution verb after that subject. The introduced-name rules read names in what follows
 * the verb; the title-only rule needs only to know the paper states a contribution at all.
 */
import type { Span } from '../../../../src/shared/paper-schema.ts';
import { OUR, WE } from '../../text/first-person.ts';
import { allMatches } from '../../all-matches.ts';

/**
 * The authors or their paper as a sentence's subject ("this technical report introduces …" too); "the
 * paper", "the present article" is the abstract's own paper too ("The paper presents an integrated …
 * algorithm"), as no abstract speaks of another paper so (another "study" or "work" it may).
 */
export const SUBJECT = new RegExp(String.raw`\b(?:${WE}|this (?:research |technical )?(?:paper|work|study|thesis|article|report)|${OUR} (?:paper|work)|the (?:present )?(?:paper|article|thesis))\b`, 'i');

/**
 * A verb by which authors say they made something (global: every one in a sentence is read). "We
 * derive Name" makes a benchmark or a variant out of something ("We further derive WildBench to
 * evaluate models"); only its present tense counts, as "derived from" describes where data came from.
 * "We upgrade Name" makes the new version of a part, which the paper releases as its own; "we establish
 * Name, a benchmark" sets up a new one ("we establish that …" has a clause for object, no name).
 */
export const CONTRIBUTION_VERB = /\b(?:(?:propos|introduc|present|develop|design|creat|devis|construct|build|curat|produc|releas|upgrad)(?:e|es|ed|ing|s)?|deriv(?:e|es)|establish(?:es|ed|ing)?)\b/gi;

/** What a condition's onset is written after: its risk, odds or likelihood ("the risk of developing …"). */
const ONSET_BEFORE = /\b(?:risks?(?:\s+factors?)?\s+(?:of|for)|odds\s+of|likelihood\s+of|probability\s+of|chances?\s+of)\s+$/i;

/**
 * Where the object of each contribution verb of `sentence` starts, as offsets into the
 * abstract: right after a verb that follows the authors as subject. A capitalised verb inside
 * a sentence is a word of a name ("JWST Early Release Observations"), not a contribution.
 */
export function contributionObjectStarts(sentence: Span): number[] {
	const subject = SUBJECT.exec(sentence.text);
	if (!subject) return [];
	const starts: number[] = [];
	for (const verb of allMatches(sentence.text, CONTRIBUTION_VERB)) {
		if (verb.index < subject.index) continue;
		if (/^[A-Z]/.test(verb[0]) && verb.index > 0) continue;
		// "a risk factor for developing delirium", "the odds of developing asthma": a condition's onset, not a making.
		if (/^develop/i.test(verb[0]) && ONSET_BEFORE.test(sentence.text.slice(Math.max(0, verb.index - 40), verb.index))) continue;
		starts.push(sentence.start + verb.index + verb[0].length);
	}
	return starts;
}
