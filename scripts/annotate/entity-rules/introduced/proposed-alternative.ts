/**
 * A technique the paper puts forward in lower case as the replacement of a known one: "it proposes
 * life-cycle costing models as a practical alternative to data envelopment analysis", "we
 * advocate rank-based scoring methods as an alternative to the Kaplan–Meier estimator". A
 * technique set against a named technique is one too, and the paper proposing it makes it the
 * paper's own; with no capital or acronym, only this wording marks it.
 *
 * The proposer is the authors, their paper, or "it" standing for the paper; what is replaced must
 * be a technique the lexicons know, so "proposes tea as an alternative to coffee" names nothing;
 * and the phrase must pass the used-technique test of a specific name (`techniqueName`: "new
 * models" or "a language model" is a kind).
 */
import { techniqueName } from '../instrument-techniques.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

const HEAD = String.raw`(?:models?|methods?|approach(?:es)?|frameworks?|techniques?|indices|index|tools?)`;
/** The proposer, a verb of putting forward, the phrase (group 1), "as a … alternative to", the technique replaced (group 2). */
const PROPOSED_ALTERNATIVE = new RegExp(
	String.raw`\b(?:[Ww]e|[Ii]t|[Tt]his (?:paper|study|work|article)|[Tt]he authors)\s+(?:also\s+|further\s+)?(?:propose|advocate|suggest|offer|present)s?\s+((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,4}${HEAD})\s+as\s+an?\s+(?:[a-z]+\s+){0,2}alternative\s+to\s+(?:the\s+)?([^.,;:()]+?)(?=\s*[.,;:(]|\s+(?:in|for|when|where|which|that)\b)`,
	'g',
);

/** Lower-case techniques the paper proposes in place of a known technique, as introduced methods. */
export const proposedAlternative: NameRule = {
	name: 'proposed alternative',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		if (!abstract.includes('alternative to')) return hits;
		for (const m of allMatches(abstract, PROPOSED_ALTERNATIVE)) {
			const name = techniqueName(m[1]!);
			if (!name || !isKnown(m[2]!.trim()) || isKnown(name) || isGeneric(name)) continue;
			hits.push({ name, forms: [name], type: 'method' });
		}
		return hits;
	},
};
