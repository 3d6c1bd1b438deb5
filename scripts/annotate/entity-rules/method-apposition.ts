/**
 * Methods named in apposition: "PAIRED, a principled and popular UED method", and software, as
 * every field names it: "DELI, an open-source library", "Stim, a fast simulator", and a technique a lab
 * names as a technology ("BarSeqX, a barcode error-correction technology"). The names a
 * paper introduces this way are found first, by the introduced-names rule. The other way round, a
 * lower-case method a paper compares is named after the kind: "… by zero crossing, but an
 * alternative method, wavelet ridge tracking was proposed"; such a name must come back in the
 * abstract, as a method compared is discussed.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { wordStartScan } from './word-start-scan.ts';
import { allMatches } from '../all-matches.ts';

const METHOD_APPOSITION = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*),\s+an?\s+(?:[\w-]+\s+){0,5}?(?:method|algorithm|approach|framework|baseline|technique|technology|library|toolkit|toolbox|package|platform|simulator|language)\b/g;
const methodAppositionIn = wordStartScan(METHOD_APPOSITION);

// "a different method, X was …", "another technique, X, …": a lower-case name of one to three words after the kind.
const KIND_THEN_METHOD = /\b(?:an?\s+(?:different|alternative|new|second|competing)|another)\s+(?:method|technique|approach|algorithm),\s+([a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2}?)(?=\s*[,.;:]|\s+(?:was|is|has|had|were|are|which|that)\b)/g;

/** Coined names followed by ", a … method / algorithm / approach / framework / baseline / technique / technology" or a kind of software. */
export const methodApposition: EntityRule = {
	name: 'method apposition',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const coined = allMatches(abstract, methodAppositionIn(abstract)).filter((m) => isCoinedName(m[1]!));
		const lower = abstract.toLowerCase();
		const compared = allMatches(abstract, KIND_THEN_METHOD).filter((m) => lower.split(m[1]!).length > 2);
		return [...coined, ...compared]
			.filter((m) => !isGeneric(m[1]!) && !isKnown(m[1]!) && !inUrl(m.index))
			.map((m) => ({ type: 'method' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
