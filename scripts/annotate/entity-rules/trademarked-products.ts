/**
 * A word marked with a trademark sign is a product's name: "employing the Elecsys® anti-SARS
 * assay", "the FilmArray™ respiratory panel", "analysed in NVivo®". Makers register the names of
 * their assays, kits, instruments and programs, and papers that measure with them copy the sign
 * from the label; no English word carries one. What a paper measures or analyses with is a
 * method it uses. The sign itself stays out of the name ("Elecsys"), as papers drop it as often
 * as they keep it.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A word of letters (inner capitals, digits and hyphens allowed) right before a registered or trademark sign. */
const MARKED_WORD = /(?<![\p{L}\d-])(\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*)\s?[®™]/gu;

/** "Elecsys®", "FilmArray™": the marked word, as a method used. */
export const trademarkedProducts: EntityRule = {
	name: 'trademarked products',
	priority: 1,
	find({ abstract, isGeneric, inUrl }) {
		// Most abstracts mark no trademark: one cheap test spares them the pattern.
		if (!abstract.includes('®') && !abstract.includes('™')) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, MARKED_WORD)) {
			const name = m[1]!;
			// A lower-case word of letters ("the kit™") is English; "cPass" opens in lower case but has a capital inside.
			if (!/\p{Lu}/u.test(name) || inUrl(m.index) || isGeneric(name) || found.some((f) => f.name === name)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
