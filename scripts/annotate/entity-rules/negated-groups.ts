/**
 * Two groups a study compares by whether they have some trait are not entities: "healthcare workers
 * previously infected with the virus (PI) and not previously infected (NPI)", "vaccinated (V) and
 * unvaccinated (UV) children", "smokers (S) and non-smokers (NS)". Cohort studies abbreviate their
 * arms so, and later sentences compare them ("PI had a higher titer than NPI"), which the comparison
 * and acronym rules read as named work.
 *
 * The wording gives the pair away: one long form is the other's negated ("not", "non-", "un",
 * "never"), which no two named works are. A listed name (a lexicon's) is kept whatever its pair.
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import type { NameFilter } from './entity-rule.ts';

/** A negating opening of a long form: "not previously infected", "non-smokers", "unvaccinated", "never treated". */
const NEGATED = /^(?:not\s+|never\s+|non[\s\-–]?|un(?=[a-z]+ed\b))/i;

/**
 * The acronyms of groups a long form and its negation define: the negated one's, and the one
 * bracketed after the same words elsewhere in the text (the acronym finder may have read a shorter
 * long form for it: "previously exposed to the parasite (PE)" as "parasite").
 *
 * @example negatedGroups('vaccinated (V) and unvaccinated (UV) children', [{ short: 'UV', long: 'unvaccinated' }]) // Set { 'UV', 'V' }
 * @example negatedGroups('supervised (SL) and reinforcement learning (RL)', [{ short: 'RL', long: 'reinforcement learning' }]) // Set {}
 */
export function negatedGroups(text: string, acronyms: readonly Pick<Acronym, 'short' | 'long'>[]): Set<string> {
	const groups = new Set<string>();
	for (const negated of acronyms) {
		const m = NEGATED.exec(negated.long);
		if (!m) continue;
		const trait = negated.long.slice(m[0].length);
		// One word at least, so "non-X" is never matched against every long form that opens with "X".
		if (trait.length < 4) continue;
		// "previously exposed to the parasite (PE) and not previously exposed (NPE)": the trait's words, up
		// to six more, and a bracketed acronym, not preceded by the negation itself.
		const bracketed = new RegExp(String.raw`(?<![\w-]|not\s|never\s|non[\s\-–]?|un)${escaped(trait)}(?:[\s,]+[\w-]+){0,6}?\s*\(([A-Z][A-Za-z\d-]{0,7})\)`, 'gi');
		for (const found of text.matchAll(bracketed)) if (found[1] !== negated.short) groups.add(found[1]!).add(negated.short);
	}
	return groups;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A paper's filters ask once per candidate name of the same acronyms: the last answer is kept.
let lastAcronyms: readonly Acronym[] | undefined;
let lastGroups = new Set<string>();

/** Drops the acronyms of two groups defined by a trait and its negation. */
export const negatedGroupNames: NameFilter = {
	name: 'negated groups',
	rejects({ name }, { abstract, acronyms, isKnown }) {
		if (acronyms.length === 0) return false;
		if (acronyms !== lastAcronyms) [lastAcronyms, lastGroups] = [acronyms, negatedGroups(abstract, acronyms)];
		return lastGroups.has(name) && !isKnown(name);
	},
};
