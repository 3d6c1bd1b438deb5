/**
 * A single Latin word with the ending zoological and botanical nomenclature fixes for a rank above
 * the genus is a group of living things the paper studies, not a work it uses: a family ("Cotingidae",
 * "Culicidae", "Rosaceae"), a subfamily ("Culicinae"), a superfamily ("Muscoidea") or an order of
 * birds or fishes ("Passeriformes", "Charadriiformes"). Biology writes them capitalised, alone or
 * after a class in brackets ("(Aves: Cotingidae)"), which the capitalised-name rules would keep.
 */
import type { NameFilter } from './entity-rule.ts';

/** A capitalised Latin word with a rank's ending: -idae, -inae, -oidea, -aceae, -iformes. */
const RANK = /^[A-Z][a-z]{2,}(?:idae|inae|oidea|aceae|iformes)$/;

/** Drops the name of a family, subfamily, superfamily or order of living things. */
export const taxonRanks: NameFilter = {
	name: 'taxon ranks',
	rejects: ({ name }, { isKnown }) => RANK.test(name) && !isKnown(name),
};
