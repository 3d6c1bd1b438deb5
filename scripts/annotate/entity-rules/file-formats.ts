/**
 * A data format named in capitals before "format": "alignments in BAM format", "structures in
 * SMILES format", "the VCF file format". A format is a standard the paper reads or writes, a
 * method in the gold's terms; the word "format" after an all-capitals name says so where no
 * bracket defines it. A capitalised name joined by a hyphen ("PROV-JSON formats") is the whole
 * name's, which the other rules find.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const FORMAT = /(?<![\w-])([A-Z][A-Z0-9]{1,7})\s+(?:file\s+)?formats?\b/g;

/** All-capitals names right before "format(s)", as methods used. */
export const fileFormats: EntityRule = {
	name: 'file formats',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		if (!abstract.includes('format')) return found;
		for (const m of allMatches(abstract, FORMAT)) {
			const name = m[1]!;
			if (inUrl(m.index) || isGeneric(name) || isKnown(name)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
