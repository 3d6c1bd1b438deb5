/**
 * A code that glues lower-case letters to an acronym the abstract defines names a subtype or a
 * group of what the acronym stands for, not a work: "slow gait velocity (MCRv)" and "short stride
 * length (MCRsl)" beside "motoric cognitive risk (MCR)", "the HFpEF and HFrEF arms". The described-name
 * and introduced-name rules read such a bracketed code as a coined name; the defined acronym inside it
 * says it is a label of the study's own groups. A plural ("CNNs") is the acronym's, and a lexicon's
 * name ("mBERT" has its letters before) stays.
 */
import type { NameFilter } from './entity-rule.ts';

/** The acronym's capitals, then one to four lower-case letters that are no plural "s". */
const CODE = /^([A-Z]{2,6})(?!s$)([a-z]{1,4})$/;

/**
 * Whether `name` is an acronym `defined` in the abstract with lower-case letters glued after it.
 *
 * @example isSubtypeCode('MCRsl', new Set(['MCR'])) // true
 * @example isSubtypeCode('MCRs', new Set(['MCR'])) // false: a plural
 */
export function isSubtypeCode(name: string, defined: ReadonlySet<string>): boolean {
	const prefix = CODE.exec(name)?.[1];
	return prefix !== undefined && defined.has(prefix);
}

/** Drops a subtype's code built on a defined acronym ("MCRv"). */
export const subtypeCodes: NameFilter = {
	name: 'subtype codes',
	rejects: ({ name }, { acronyms, isKnown }) => !isKnown(name) && isSubtypeCode(name, new Set(acronyms.map((a) => a.short))),
};
