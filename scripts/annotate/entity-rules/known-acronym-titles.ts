/**
 * A known technique's acronym opening a title-case name of the paper's analysis: "The method of this
 * study is the OLS Hierarchy Regression", "a GMM Panel Estimation". Applied fields name the variant
 * they ran in title case after the acronym of the technique it rests on; the lexicon matches the
 * acronym alone ("OLS", shown as "ordinary least squares") and loses the name the paper wrote. The
 * acronym must be one a lexicon lists, the words after it capitalised, and the last a head noun of an
 * analysis; the whole is a method used, unless a lexicon lists it as written ("OLS Regression").
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A capital acronym, one to three capitalised words, and a head noun of an analysis. */
const ACRONYM_TITLE = /(?<![\w-])([A-Z]{2,6})((?:\s[A-Z][a-z]+){1,3}\s(?:Regression|Analysis|Estimation|Estimator|Test))(?![\w-])/g;

/** Title-case names opened by a known technique's acronym, as methods used. */
export const knownAcronymTitles: EntityRule = {
	name: 'known acronym titles',
	priority: 1,
	find({ abstract, isKnown, isGeneric, inUrl }) {
		if (!/[A-Z]{2} [A-Z][a-z]/.test(abstract)) return [];
		return allMatches(abstract, ACRONYM_TITLE)
			.filter((m) => isKnown(m[1]!) && !isKnown(m[0]) && !isGeneric(m[0]) && !inUrl(m.index))
			.map((m) => ({ type: 'method' as const, name: m[0], role: 'used' as const, forms: [] }));
	},
};
