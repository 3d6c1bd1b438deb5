/**
 * The weakest guess: a CamelCase word no other rule explains ("TimeMaster", "DeepSeekMath")
 * is taken as a method the paper uses.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';

const CAMEL_CASE = /(?<![A-Za-z0-9-])[A-Za-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

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
