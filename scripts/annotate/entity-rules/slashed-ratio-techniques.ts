/**
 * Techniques named by a ratio of two abbreviated quantities, as the sciences write them with a
 * slash between capitals: "an STA/LTA algorithm" (short-term over long-term average), "the H/V
 * technique" (horizontal over vertical spectra). The slashed pair counts only with a technique's
 * head noun right after it, so a unit or a pair of options ("I/O", "TP/FP") named in passing is
 * left out; the head stays in the name when it is "technique" or "method", as such a name is
 * written with it ("the SCARDEC method"), and is dropped after "algorithm", "trigger" or "ratio".
 * A pair the abstract also writes as what something is "of" ("emissions of PAH/PCB", "the
 * concentration of PAH/PCB") names two substances measured, and its ratio is a measured quantity.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const SLASHED = String.raw`\b([A-Z]{1,4}\/[A-Z]{1,4})\s(technique|method|algorithm|trigger|detector|ratio)s?\b`;

/** "STA/LTA algorithm" → STA/LTA, "H/V technique" → H/V technique: one entity per slashed pair. */
export const slashedRatioTechniques: EntityRule = {
	name: 'slashed ratio techniques',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const names = new Map<string, string>();
		for (const m of allMatches(abstract, new RegExp(SLASHED, 'g'))) {
			if (inUrl(m.index)) continue;
			const pair = m[1]!;
			if (m[2] === 'ratio' && abstract.includes(` of ${pair}`)) continue;
			const name = /^(?:technique|method)$/.test(m[2]!) ? `${pair} ${m[2]}` : pair;
			// A technique or method head names the technique as the paper writes it; keep that form.
			if (!names.has(pair) || name !== pair) names.set(pair, name);
		}
		return [...names.values()]
			.filter((name) => !isGeneric(name) && !isKnown(name))
			.map((name) => ({ type: 'method' as const, name, role: 'used' as const, forms: [] }));
	},
};
