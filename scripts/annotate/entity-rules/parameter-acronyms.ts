/**
 * An acronym that carries its model's order or parameters in a bracket of its own, defined after a
 * title-case long form: "a Binomial Autoregressive (BAR(p)) estimator", "a Smooth Transition
 * Autoregressive (STAR(p)) model", "Generalized Autoregressive Conditional Heteroskedasticity
 * (GARCH(1,1))". Statistics and econometrics write a model's order so; the nested bracket keeps
 * the acronym reader (which takes a bracket holding no other) from seeing the definition, so the
 * name was lost. The letters of the acronym must spell the long form as any acronym's do; the name
 * is the acronym with its parameters, the long form a form of it, typed by its head as
 * `named-acronyms.ts` types a long form.
 */
import { bestLongForm } from '../text/acronyms.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { typeOfLongForm } from './long-form-heads.ts';
import { isTitleCase } from './named-acronyms.ts';
import { allMatches } from '../all-matches.ts';

// One to six capitalised words (small words between), then "(ABC(p))", "(ARMA(p,q))", "(GARCH(1,1))".
const PARAMETER_ACRONYM = /((?:[A-Z][\w-]*\s+(?:(?:of|for|and|with|in)\s+)?){0,5}[A-Z][\w-]*)\s+\(([A-Z][A-Za-z0-9-]{0,10}[A-Z0-9]\((?:[a-z]|\d+)(?:,\s?(?:[a-z]|\d+)){0,3}\))\)/g;

/** Acronyms with a bracketed order or parameter, defined after a title-case long form, as methods used. */
export const parameterAcronyms: EntityRule = {
	name: 'parameter acronyms',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!abstract.includes('))')) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, PARAMETER_ACRONYM)) {
			const [, words, short] = m as unknown as [string, string, string];
			const letters = short.slice(0, short.indexOf('('));
			const offset = bestLongForm(letters, words);
			if (offset === null || inUrl(m.index)) continue;
			const long = words.slice(offset);
			if (!isTitleCase(long) || isGeneric(short) || isKnown(short) || isKnown(long)) continue;
			found.push({ type: typeOfLongForm(long), name: short, role: 'used', forms: [long] });
		}
		return found;
	},
};
