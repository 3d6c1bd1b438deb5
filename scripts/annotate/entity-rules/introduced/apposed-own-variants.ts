/**
 * A variant of the paper's own method named in an apposition after its noun: "We introduce Deep
 * Neural Lesion (DNL), a data-free … method …, and an enhanced single-pass variant, 1P-DNL, that
 * refines this selection". "a|an … variant|version|extension, NAME," names what the paper also
 * built when NAME carries the name the paper introduced ("1P-DNL" holds "DNL"), of that name's kind.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** "an enhanced single-pass variant, 1P-DNL,": up to three words before the noun, the name closed by a comma or a bracket. */
const APPOSED_VARIANT = /\b(?:an?|our)\s+(?:[\w-]+\s+){0,3}?(?:variant|version|extension)\s*,\s+([A-Za-z0-9][A-Za-z0-9]*(?:[-+.][A-Za-z0-9]+)*)\s*[,(]/g;

/** Coined variants in an apposition that carry an introduced name, as introduced. */
export const apposedOwnVariants: NameRule = {
	name: 'apposed own variants',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }, found) {
		const hits: NameHit[] = [];
		if (found.length === 0 || !/variant|version|extension/.test(abstract)) return hits;
		for (const m of allMatches(abstract, APPOSED_VARIANT)) {
			const name = m[1]!;
			const own = found.find((h) => h.name !== name && h.name.length >= 2 && new RegExp(String.raw`(?:^|[-+.])${escapeRegExp(h.name)}(?:$|[-+.])`).test(name));
			if (!own || isKnown(name) || isGeneric(name) || hits.some((h) => h.name === name)) continue;
			hits.push({ name, forms: [name], type: own.type });
		}
		return hits;
	},
};
