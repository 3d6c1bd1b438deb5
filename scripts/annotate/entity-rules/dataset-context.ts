/**
 * Benchmarks and datasets named by their context: "the HopperStand task", "on the MiniGrid
 * benchmark", "MultiNLI accuracy". Only coined names count, so "the reasoning task" does not.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';

const DATASET_CONTEXT = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s+(?:benchmark|dataset|environment|suite|task|test set|accuracy|leaderboard)s?\b/g;

/** Coined names followed by "benchmark", "dataset", "task", "accuracy" and the like. */
export const datasetContext: EntityRule = {
	name: 'dataset context',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inAcronym }) {
		return [...abstract.matchAll(DATASET_CONTEXT)]
			.filter((m) => isCoinedName(m[1]!) && !isGeneric(m[1]!) && !isKnown(m[1]!) && !inAcronym(m.index))
			.map((m) => ({ type: 'dataset' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
