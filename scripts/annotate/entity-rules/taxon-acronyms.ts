/**
 * An acronym the abstract defines for living things it names by their Latin binomial is a
 * population, stock or species, which the paper studies, not a work it uses: "Southern Resident
 * killer whales (SRKW) (Orcinus orca)", "Atlantic bluefin tuna (Thunnus thynnus) (ABFT)". Biology
 * and its neighbours write a species' binomial in brackets right after its common name; an
 * acronym in the same place is the common name's. Microbiology names its groups of strains by a
 * qualifier and the binomial, the acronym ending in the binomial's initials: "carbapenem-resistant
 * Klebsiella pneumoniae (CR-KP)", "methicillin-resistant Staphylococcus aureus (MRSA)", strains the
 * study tests, not a work it uses; so does a species complex it names by two epithets, "Acinetobacter
 * calcoaceticus–baumannii (ACB) complex".
 */
import type { NameFilter } from './entity-rule.ts';

/** A bracketed Latin binomial: a capitalised genus and a lower-case epithet ("( Orcinus orca )"). */
const BINOMIAL = /^\s*\(\s*[A-Z][a-z]+\s+(?!and\b|et\b|in\b|of\b)[a-z]{3,}\s*\)/;
/** A bracketed acronym: "(SRKW)". */
const BRACKETED_ACRONYM = /^\s*\([A-Z][A-Za-z]*[A-Z]s?\)/;

/**
 * Whether a binomial in brackets stands right after the acronym's definition, or between its
 * long form and its bracketed short form.
 *
 * In "Southern Resident killer whales (SRKW) (Orcinus orca) are …", SRKW's definition is followed by a binomial.
 */
export function namesTaxon(acronym: { long: string; span: { start: number; end: number } }, abstract: string): boolean {
	const after = abstract.slice(acronym.span.end, acronym.span.end + 60);
	if (BINOMIAL.test(after)) return true;
	// "killer whales (Orcinus orca) (KW)": the finder may read the binomial into the definition.
	const inside = abstract.slice(acronym.span.start, acronym.span.end);
	const binomial = /\(\s*[A-Z][a-z]+\s+[a-z]{3,}\s*\)/.exec(inside);
	return binomial !== null && BRACKETED_ACRONYM.test(inside.slice(binomial.index + binomial[0].length));
}

/**
 * A long form ending in a binomial: a capitalised genus and a lower-case epithet, their initials captured; or in
 * a species complex, two epithets joined by a dash ("Acinetobacter calcoaceticus–baumannii", initials ACB).
 */
const ENDS_IN_BINOMIAL = /(?:^|\s)([A-Z])[a-z]{3,}\s+([a-z])[a-z]{2,}(?:[–-]([a-z])[a-z]{2,})?$/;
/** An epithet's Latin ending ("pneumoniae", "aureus", "coli", "pekinensis"); "analysis" and "model" are English. */
const LATIN_EPITHET = /(?:us|um|ae|a|ii|i|is|es)$/;

/**
 * Whether a long form ends in a binomial whose initials end its acronym: "carbapenem-resistant Klebsiella
 * pneumoniae" of "CR-KP", "methicillin-resistant Staphylococcus aureus" of "MRSA".
 *
 * @example endsInTaxon({ short: 'CR-KP', long: 'carbapenem-resistant Klebsiella pneumoniae' }) // true
 * @example endsInTaxon({ short: 'ACB', long: 'Acinetobacter calcoaceticus–baumannii' }) // true
 * @example endsInTaxon({ short: 'HMM', long: 'hidden Markov model' }) // false
 */
export function endsInTaxon({ short, long }: { short: string; long: string }): boolean {
	const m = ENDS_IN_BINOMIAL.exec(long);
	const epithet = long.split(/[\s–-]+/).at(-1)!;
	if (!m || !LATIN_EPITHET.test(epithet) || /(?<!en)sis$/.test(epithet)) return false;
	return short.replace(/[^A-Z]/g, '').endsWith(m[1]! + m[2]!.toUpperCase() + (m[3]?.toUpperCase() ?? ''));
}

/** Drops an acronym defined for a species or population its binomial names ("SRKW"), or for strains of one ("CR-KP"). */
export const taxonAcronyms: NameFilter = {
	name: 'taxon acronyms',
	rejects: ({ name }, { abstract, acronyms, isKnown }) => !isKnown(name) && acronyms.some((a) => a.short === name && (namesTaxon(a, abstract) || endsInTaxon(a))),
};
