/**
 * A name written only before "industry" or "sector" names a branch of the economy, not a work the
 * paper uses: "environmental pollution in the Textile and Apparel (TA) industry", "the ICT sector",
 * "the AEC industry". Management, economics and supply-chain papers abbreviate the industries they
 * study, and the acronym rules see an acronym defined over a capitalised long form; the noun after
 * it says which kind of thing is meant. A name the text also writes on its own is kept. Only the
 * name is read, not its long form, whose words may open another term ("the Textile and Apparel
 * Supply Chain (TASC)").
 */
import type { NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';

/** "industry" or "sector" after the name, its acronym's bracket between ("Textile and Apparel (TA) industry"). */
const INDUSTRY_AFTER = /^\)?(?:\s+\([^()]{1,20}\))?[\s-]+(?:industry|industries|sectors?)\b/;

/**
 * Whether every place `text` writes `form` (as a whole word) is right before "industry" or "sector".
 *
 * @example onlyBeforeIndustry('TA', 'pollution in the Textile and Apparel (TA) industry') // true
 * @example onlyBeforeIndustry('TA', 'the TA industry and TA itself') // false
 */
export function onlyBeforeIndustry(form: string, text: string): boolean {
	const uses = allMatches(text, new RegExp(String.raw`(?<![\w-])${escapeRegExp(form)}(?![\w-])`, 'g'));
	return uses.length > 0 && uses.every((m) => INDUSTRY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
}

/** The last abstract the plain test read, and its answer: the filter asks once per candidate name, the answer is the abstract's. */
let lastAbstract: string | undefined;
let lastSays = false;

function saysIndustry(abstract: string): boolean {
	if (abstract !== lastAbstract) {
		lastAbstract = abstract;
		lastSays = /industr|sector/.test(abstract);
	}
	return lastSays;
}

/** Drops a name written only before "industry" or "sector". */
export const industryNames: NameFilter = {
	name: 'industry names',
	// Most abstracts name no industry: one plain test spares them a pattern per name.
	rejects: ({ name }, { abstract }) => saysIndustry(abstract) && onlyBeforeIndustry(name, abstract),
};
