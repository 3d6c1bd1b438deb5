/**
 * A model release named by its product, a dotted version and a tier: "Vireo 1.5 Pro", "Lumen 2.0
 * Flash", "Quill 3.1 Turbo". Vendors name the speed and size tiers of their generative models so;
 * the three parts together are a model's name whether or not a lexicon knows the family (the
 * lexicon's families are read by `model-names.ts`). A decimal version only: "Windows 10 Pro" and
 * "Galaxy S23 Ultra" are a system and a device, written with an integer or a letter.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const TIERED = /(?<![\w-])([A-Z][A-Za-z]+ \d+\.\d+ (?:Pro|Flash|Ultra|Turbo|Max|Plus|Lite|Mini|Nano))(?![\w-])/g;

/** Product, dotted version and tier, as a model used. */
export const tieredReleases: EntityRule = {
	name: 'tiered releases',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!/\d\.\d+ [A-Z]/.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, TIERED)) {
			const name = m[1]!;
			if (inUrl(m.index) || isGeneric(name) || isKnown(name) || found.some((f) => f.name === name)) continue;
			found.push({ type: 'model', name, role: 'used', forms: [] });
		}
		return found;
	},
};
