/**
 * Benchmarks and datasets named by their context: "the HopperStand task", "on the MiniGrid
 * benchmark", "MultiNLI accuracy", "the SPEARNET survey" (a survey is an astronomer's data),
 * or a benchmark noun before the name, "an existing benchmark Design2Code". Only coined names
 * count, so "the reasoning task" does not.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';

const DATASET_CONTEXT = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s+(?:benchmark|dataset|environment|suite|task|test set|accuracy|leaderboard|survey)s?\b/g;
// The noun before the name, after a determiner or adjective, so that the verb ("we benchmark FooNet") is not read.
const NAMED_AFTER = /\b(?:an?|the|our|existing|new|public|standard|popular)\s+(?:[\w-]+\s+)?(?:benchmark|dataset|corpus|test set)\s+([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w-])/g;
// The nouns either pattern needs: an abstract without any is not scanned word by word.
const CONTEXT_NOUN = /benchmark|dataset|environment|suite|task|test set|accuracy|leaderboard|survey|corpus/;

/** Coined names followed by "benchmark", "dataset", "task", "accuracy" and the like, or after "a / the … benchmark". */
export const datasetContext: EntityRule = {
	name: 'dataset context',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inAcronym }) {
		if (!CONTEXT_NOUN.test(abstract)) return [];
		return [...abstract.matchAll(DATASET_CONTEXT), ...abstract.matchAll(NAMED_AFTER)]
			.filter((m) => isCoinedName(m[1]!) && !isGeneric(m[1]!) && !isKnown(m[1]!) && !inAcronym(m.index))
			.map((m) => ({ type: 'dataset' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
