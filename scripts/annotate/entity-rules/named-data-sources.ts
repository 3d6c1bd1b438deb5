/**
 * Data sources named in title case before "data", "database" or "registry", as medicine and
 * economics cite them: "the Medicare Hospital Compare data", "the Privacy Rights Clearinghouse
 * database", "the National Cancer Database registry". Two capitalised words at least, so a
 * sentence's first word ("Hospital data breaches") is not read as a name.
 */
import type { EntityRule } from './entity-rule.ts';

const DATA_SOURCE = /\bthe\s+((?:[A-Z][\w-]*\s+){1,5}[A-Z][\w-]*)\s+(?:data(?:base|set)?|registry|records|archive)\b/g;

/** Title-case names before "data", "database", "registry", as datasets the paper uses. */
export const namedDataSources: EntityRule = {
	name: 'named data sources',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return [...abstract.matchAll(DATA_SOURCE)]
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m) => ({ type: 'dataset' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
