/**
 * Names shaped as benchmarks: a capitalised or coined stem and "-Bench" or "Bench" ("reaches 87.04 on
 * DPG-Bench", "RewardBench"). The field names its benchmarks so, and nothing else, so the shape
 * alone says the name is a dataset, where no kind noun or list stands beside it; the rules for
 * names a paper introduces, which run first, make the paper's own benchmark its own.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A stem opening with a capital, then "Bench" with its own capital, hyphenated or not. */
const BENCHMARK = /(?<![\w-])([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-?Bench)(?![\w-])/g;

/** Every benchmark-shaped name of the abstract, as a dataset used. */
export const benchmarkShapedNames: EntityRule = {
	name: 'benchmark-shaped names',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!abstract.includes('Bench')) return [];
		return allMatches(abstract, BENCHMARK)
			.filter((m) => m[1] !== 'Bench' && !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m) => ({ type: 'dataset' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
