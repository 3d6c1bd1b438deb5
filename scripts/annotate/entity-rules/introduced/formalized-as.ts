/**
 * A quantity or procedure the authors define by giving something they study a form and a name:
 * "We formalize this agreement as the pairwise vote margin (PVM)", "we cast retrieval
 * quality as the expected rank gain (ERG)". The verb makes the named form the paper's own, as "we
 * propose" does; only a form the sentence abbreviates right there is a name, so "we define success
 * as the fraction of solved tasks" names nothing.
 */
import type { NameHit, NameRule } from './name-rule.ts';
import { WE } from '../../text/first-person.ts';

/** The authors, a verb of giving a form, its object, then "as the|a|an" right before the long form. */
const FORMALIZED = new RegExp(
	String.raw`\b(?:${WE})\s+(?:[a-z]+ly\s+|then\s+|further\s+)?(?:formali[sz]e|formulate|define|cast|quantify|operationali[sz]e)\s+(?:[\w'’-]+\s+){0,6}?as\s+(?:the|an?)\s+$`,
	'i',
);

/** Acronyms defined as the form the authors give what they study, as introduced methods. */
export const formalizedAs: NameRule = {
	name: 'formalized as',
	scope: 'sentence',
	find(sentence, { abstract, acronyms, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		for (const a of acronyms) {
			if (a.span.start < sentence.start || a.span.start >= sentence.end) continue;
			if (isKnown(a.short) || isGeneric(a.short)) continue;
			if (FORMALIZED.test(abstract.slice(sentence.start, a.span.start))) hits.push({ name: a.short, forms: [a.short, a.long], type: 'method' });
		}
		return hits;
	},
};
