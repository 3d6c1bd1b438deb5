/**
 * A companion of the paper's own work is the paper's too: "we have written FooCor, a tool to
 * gather variants … A companion utility, DepthMeter, measures coverage", "with a companion
 * dataset, BarSet, of 2,000 cases". Tool papers name the programs they ship beside the main one
 * so, in a sentence of their own whose subject is no "we"; "companion" says who made it.
 */
import { isCoinedName } from '../coined-name.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** "A companion utility, DepthMeter,", "a companion dataset BarSet": the kind and the name after it. */
const COMPANION = /\b[Aa]\s+companion\s+(utility|tool|program|script|package|library|module|app|application|website|web\s+server|dataset|database|corpus)\s*,?\s+([A-Z][\w.+-]*[\w+])(?=[\s,.;:)])/g;
const DATA_KIND = /^(?:dataset|database|corpus)$/;

/** The coined name given to a companion of the paper's work. */
export const companionNames: NameRule = {
	name: 'companion names',
	scope: 'paper',
	find({ abstract, isGeneric, isKnown }) {
		// Most abstracts ship no companion: one plain scan spares them the pattern.
		if (!abstract.includes('companion')) return [];
		const hits: NameHit[] = [];
		for (const m of allMatches(abstract, COMPANION)) {
			const [, kind, name] = m as unknown as [string, string, string];
			if (!isCoinedName(name) || isGeneric(name) || isKnown(name)) continue;
			hits.push({ name, forms: [name], type: DATA_KIND.test(kind) ? 'dataset' : 'method' });
		}
		return hits;
	},
};
