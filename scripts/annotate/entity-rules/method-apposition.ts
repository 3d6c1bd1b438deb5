/**
 * Methods named in apposition: "PAIRED, a principled and popular UED method", and software, as
 * every field names it: "DELI, an open-source library", "Stim, a fast simulator". The names a
 * paper introduces this way are found first, by the introduced-names rule.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { wordStartScan } from './word-start-scan.ts';

const METHOD_APPOSITION = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*),\s+an?\s+(?:[\w-]+\s+){0,5}?(?:method|algorithm|approach|framework|baseline|technique|library|toolkit|toolbox|package|platform|simulator|language)\b/g;
const methodAppositionIn = wordStartScan(METHOD_APPOSITION);

/** Coined names followed by ", a … method / algorithm / approach / framework / baseline / technique" or a kind of software. */
export const methodApposition: EntityRule = {
	name: 'method apposition',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return [...abstract.matchAll(methodAppositionIn(abstract))]
			.filter((m) => isCoinedName(m[1]!) && !isGeneric(m[1]!) && !isKnown(m[1]!) && !inUrl(m.index))
			.map((m) => ({ type: 'method' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
