/**
 * Instrumental techniques written as a list that shares one plural head noun: "characterized by
 * Raman and FT-IR spectroscopies", "UV-Vis, IR and NMR spectroscopies", "SEM and TEM microscopies".
 * Each item with the head is one technique ("Raman spectroscopy"); the abstract writes the item
 * alone, and the last item with the plural head, so those are the forms a reader's link points at.
 * Only capitalised or acronym items are read: a lower-case word before the head ("various and
 * complementary spectroscopies") qualifies a kind and names nothing.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const ITEM = String.raw`[A-Z][\w-]*`;
// The plural heads of the lab sciences' techniques, with the singular each item's name takes.
const HEADS: Record<string, string> = {
	spectroscopies: 'spectroscopy',
	spectrometries: 'spectrometry',
	microscopies: 'microscopy',
	chromatographies: 'chromatography',
	tomographies: 'tomography',
};
const SHARED = new RegExp(String.raw`(?<![\w-])(${ITEM}(?:,\s+${ITEM})*,?\s+(?:and|or)\s+${ITEM})\s+(${Object.keys(HEADS).join('|')})\b`, 'g');

/** "Raman and FT-IR spectroscopies": "Raman spectroscopy" and "FT-IR spectroscopy", techniques used. */
export const sharedHeadTechniques: EntityRule = {
	name: 'shared-head techniques',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, SHARED)) {
			if (inUrl(m.index)) continue;
			const items = m[1]!.split(/,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/);
			const head = HEADS[m[2]!]!;
			items.forEach((item, i) => {
				// A known technique ("XPS") is the lexicons' already, under its own name.
				if (isGeneric(item) || isKnown(item)) return;
				const forms = i === items.length - 1 ? [item, `${item} ${m[2]}`] : [item];
				found.push({ type: 'method', name: `${item} ${head}`, role: 'used', forms });
			});
		}
		return found;
	},
};
