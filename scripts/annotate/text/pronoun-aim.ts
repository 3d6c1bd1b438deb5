/**
 * An aim stated with "it" for the study named just before: "The study collected 2,400 financial data of 200 companies …
 * It aimed to: 1) evaluate green supply chain performance …; 2) use the entropy weight method …". The pronoun's
 * referent is the study, so the sentence states the paper's aim as "This study aimed to …" would (`contribution-score.ts`
 * credits that), however its list of aims is set out.
 *
 * The sentence before is the evidence: its subject must be the paper or its study ("This paper …", "The study …", "The
 * present research …"). After any other subject the "it" is a method, a programme or a policy, and what it aims at is
 * what that thing is for ("The framework couples two models. It aims to …"), not the paper's aim.
 */
import { THIS_WORK } from './own-subject.ts';

/** "It aimed to", "It aims to", "It sought to", "It attempts to", before its verb or a colon list. */
const PRONOUN_AIM = /^it\s+(?:aims?|aimed|seeks|sought|attempts|attempted|intends|intended)\s+to\b/i;
/** The paper or its study as the subject opening a sentence, after a short fronted phrase at most. */
const STUDY_SUBJECT = new RegExp(
	String.raw`^(?:[^,;.]{1,60},\s+)?(?:${THIS_WORK}|the (?:study|paper|research|article|survey|analysis|project|investigation))\s+(?!(?:of|on|in|by|that|which)\b)[a-z]+`,
	'i',
);

/**
 * Whether `sentence` states the aim of the study `previous` (the sentence before it) has as its subject.
 *
 * @example aimsAsPronoun('It aimed to: 1) evaluate performance.', 'The study collected data of 200 companies.') // true
 * @example aimsAsPronoun('It aims to reduce cost.', 'The framework couples two models.') // false
 */
export function aimsAsPronoun(sentence: string, previous: string): boolean {
	return PRONOUN_AIM.test(sentence) && STUDY_SUBJECT.test(previous);
}
