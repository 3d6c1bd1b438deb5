/**
 * Acronyms of a field's own terms rather than of a work. A field abbreviates its practices, its
 * problems and its kinds of product, often in title case ("Hazard and Operability Study (HAZOP)",
 * "Soil-Structure Interaction (SSI)", "Field-Programmable Gate Array (FPGA)"), so capitals are no
 * evidence of a name. How the abstract goes on to use the short form is: a practice has tools and
 * techniques ("HAZOP tools"), a class of problems has problems ("SSI problems"), a kind of product
 * has parts and components ("FPGA components"); one named work is none of these.
 *
 * @example fieldTermAcronyms('A Hazard and Operability Study (HAZOP) is required. HAZOP tools vary.', acronyms) // Set { 'HAZOP' }
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { allMatches } from '../all-matches.ts';

/** A plural noun of the tools of a practice, of a class of problems, or of a kind of product, right after the short form (its bracket closed). */
const KIND_AFTER = /^\)?\s+(?:tools|techniques|practices|methodologies|problems|parts|components)\b/;

/** The short forms the abstract writes before a noun of tools, problems or parts: terms of the field, not works. */
export function fieldTermAcronyms(abstract: string, acronyms: readonly Acronym[]): Set<string> {
	const terms = new Set<string>();
	for (const { short } of acronyms) {
		const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		for (const m of allMatches(abstract, new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'))) {
			if (KIND_AFTER.test(abstract.slice(m.index + short.length, m.index + short.length + 20))) {
				terms.add(short);
				break;
			}
		}
	}
	return terms;
}
