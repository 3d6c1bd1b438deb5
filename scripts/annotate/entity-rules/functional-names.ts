/**
 * Exchange–correlation functionals, named by code as density functional theory names them
 * throughout chemistry, materials science and condensed-matter physics: "HSE06 and PBE0 hybrid
 * functionals most accurately describe …", "the B3LYP functional", "RPBE and BEEF-vdW
 * functionals". The code has no long form and the noun after it is no cue noun of another
 * field, so only the noun "functional(s)" says what the names are; a class word ("hybrid",
 * "GGA", "meta-GGA", "range-separated") may stand between. "DFT functionals" names the family,
 * and "functional MRI" or "functional connectivity" has no code before it.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A functional's code: capitals, digits, a hyphen or a lower-case tail ("PBE0", "M06-2X", "BEEF-vdW", "ωB97X-D"). */
const CODE = String.raw`(?:ω|\b)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
const CLASS = String.raw`(?:(?:hybrid|GGA|meta-GGA|range-separated|screened|double-hybrid|exchange[- ]correlation)\s+)?`;
const LISTED_FUNCTIONALS = new RegExp(String.raw`(${CODE}(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)${CODE})*)\s+${CLASS}functionals?\b`, 'g');
/** Codes that name the theory or a basis, not a functional. */
const NOT_FUNCTIONAL = /^(?:DFT|KS|TD-?DFT|DFT-D\d?|GW)$/;

/** Functionals named before the noun "functional(s)", as methods used. */
export const functionalNames: EntityRule = {
	name: 'functional names',
	priority: 1,
	find({ abstract, isGeneric, inUrl }) {
		if (!abstract.includes('functional')) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, LISTED_FUNCTIONALS)) {
			if (inUrl(m.index)) continue;
			for (const code of m[1]!.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) {
				// A code is written in capitals with a digit or two capitals at least ("PBE", "B3LYP"); a plain word ("The", "Hybrid") is none.
				if (!/[A-Z].*[A-Z\d]|^ω/.test(code) || NOT_FUNCTIONAL.test(code) || isGeneric(code)) continue;
				found.push({ type: 'method', name: code, role: 'used', forms: [], statedType: true });
			}
		}
		return found;
	},
};
