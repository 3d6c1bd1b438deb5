/**
 * The weakest guess: a CamelCase word no other rule explains ("TimeMaster", "DeepSeekMath")
 * is taken as a method the paper uses.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';

// Or one lower-case letter before a capitalised word ("iToffoli", "eQuilibrator"), a prefix coined names take; "mRNA" has no word after it.
const CAMEL_CASE = /(?<![A-Za-z0-9-])(?:[A-Za-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[a-z][A-Z][a-z]{3,}[A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*/g;

/** CamelCase coined names outside URLs and acronym definitions. */
export const camelCaseNames: EntityRule = {
	name: 'CamelCase names',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl, inAcronym }) {
		return [...abstract.matchAll(CAMEL_CASE)]
			.filter((m) => isCoinedName(m[0]) && !isGeneric(m[0]) && !isKnown(m[0]) && !inUrl(m.index) && !inAcronym(m.index))
			.map((m) => ({ type: 'method' as const, name: m[0], role: 'used' as const, forms: [] }));
	},
};
