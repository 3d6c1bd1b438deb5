/**
 * A name written only before "receptor" names a molecule, not a work the paper uses: "neuroprotective
 * agents including N-methyl-D-aspartate (NMDA) receptor modulators", "GABA receptors", "the AMPA
 * receptor". Pharmacology and neuroscience name receptors by what binds them, and the acronym rules
 * see an acronym defined over a long form; the noun after it says a target of drugs is meant, as
 * genes and proteins are none of the four types. A name the text also writes on its own is kept.
 */
import type { NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';

/**
 * "receptor" after the name, its acronym's bracket between ("N-methyl-D-aspartate (NMDA) receptor"), or
 * after the acronym's closing bracket ("(NMDA) receptor").
 */
const RECEPTOR_AFTER = /^\)?(?:\s+\([^()]{1,20}\))?[\s-]+receptors?\b/;

/**
 * Whether every place `text` writes `form` (as a whole word) is right before "receptor".
 *
 * @example onlyBeforeReceptor('NMDA', 'N-methyl-D-aspartate (NMDA) receptor modulators') // true
 * @example onlyBeforeReceptor('NMDA', 'NMDA receptors and NMDA itself') // false
 */
export function onlyBeforeReceptor(form: string, text: string): boolean {
	const uses = allMatches(text, new RegExp(String.raw`(?<![\w-])${escapeRegExp(form)}(?![\w-])`, 'g'));
	return uses.length > 0 && uses.every((m) => RECEPTOR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
}

/** Drops a name written only before "receptor". */
export const receptorNames: NameFilter = {
	name: 'receptor names',
	// Most abstracts name no receptor: one plain test spares them a pattern per name.
	rejects: ({ name, forms }, { abstract }) =>
		abstract.includes('receptor') && abstract.includes(name) && [name, ...forms].filter((form) => abstract.includes(form)).every((form) => onlyBeforeReceptor(form, abstract)),
};
