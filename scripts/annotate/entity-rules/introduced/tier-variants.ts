/**
 * A tier of the paper's own system, named by the system's whole name and a tier word: "we also
 * provide Kestrel 3.0 Lite, a distilled variant of Kestrel 3.0", "Kestrel-2 Turbo". Model
 * families ship speed and size tiers under these words (Fast, Turbo, Flash, Lite, Mini, Nano,
 * Pro, Max, Plus, Ultra); written after a name the paper introduces, the tier is the paper's too,
 * of its kind. Tiers of other systems ("… 2.0 Pro" of a predecessor) stay with the rules that read them.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';
import type { Candidate } from '../resolve-mentions.ts';
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** A tier word, capitalised, after the own name and a space or a hyphen. */
const TIER = String.raw`[\s-](?:Fast|Turbo|Flash|Lite|Mini|Nano|Pro|Max|Plus|Ultra)(?![\w-])`;
const TIERED = new RegExp(String.raw`^(.+?)${TIER}$`);
// A tier word anywhere: an abstract without one holds no tier of any name, and no name's pattern is made for it.
const ANY_TIER = new RegExp(TIER);

/** The own names written with a tier word after them, as introduced variants of the same kind. */
export const tierVariants: NameRule = {
	name: 'tier variants',
	scope: 'paper',
	find({ abstract }, found) {
		const hits: NameHit[] = [];
		if (found.length === 0 || !ANY_TIER.test(abstract)) return hits;
		for (const own of found) {
			const pattern = new RegExp(String.raw`(?<![\w-])${escapeRegExp(own.name)}${TIER}`, 'g');
			for (const m of allMatches(abstract, pattern)) {
				if (found.some((h) => h.name === m[0]) || hits.some((h) => h.name === m[0])) continue;
				hits.push({ name: m[0], forms: [m[0]], type: own.type });
			}
		}
		return hits;
	},
};

/**
 * Types a tier as the text types the system it is a tier of, in place: the words that say "model"
 * are written of "Kestrel 3.0", and "Kestrel 3.0 Lite" is one of its releases.
 */
export function typeTierVariants(candidates: readonly Candidate[]): void {
	const typed = new Map(candidates.filter((c) => c.role === 'introduced' && c.type !== 'method').map((c) => [c.name, c.type] as const));
	if (typed.size === 0) return;
	for (const c of candidates) {
		const parent = c.role === 'introduced' && c.type === 'method' && !c.statedType ? TIERED.exec(c.name)?.[1] : undefined;
		const type = parent === undefined ? undefined : typed.get(parent);
		if (type) c.type = type;
	}
}
