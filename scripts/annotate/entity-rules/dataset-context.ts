/**
 * Benchmarks and datasets named by their context: "the HopperStand task", "on the MiniGrid
 * benchmark", "MultiNLI accuracy", "the SPEARNET survey" (a survey is an astronomer's data),
 * or a benchmark noun before the name, "an existing benchmark Design2Code". Only coined names
 * count, so "the reasoning task" does not. "X accuracy" is a model's own accuracy where the abstract
 * calls X a model ("The DYRESM-CAEDYM model …"), where X shows a parameter count or the accuracy is
 * measured on something else ("GPT-OSS-20B accuracy on AIME25"), and names no dataset then. Where experiments ran is
 * a dataset too, stated as what shows the result: "Experiments on Foo-Bench demonstrate …".
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { wordStartScan } from './word-start-scan.ts';
import { PARAMETER_COUNT } from './type-evidence.ts';
import { allMatches } from '../all-matches.ts';

const DATASET_CONTEXT = /(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s+(?:benchmark|dataset|environment|suite|task|test set|accuracy|leaderboard|survey)s?\b/g;
const datasetContextIn = wordStartScan(DATASET_CONTEXT);
// The noun before the name, after a determiner or adjective, so that the verb ("we benchmark FooNet") is not read.
const NAMED_AFTER = /\b(?:an?|the|our|existing|new|public|standard|popular)\s+(?:[\w-]+\s+)?(?:benchmark|dataset|corpus|test set)\s+([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w-])/g;
// Where the experiments ran, as the subject of what they show: "Experiments on Foo-Bench demonstrate …", or on
// a list of such names ("Experiments on Foo-Pro, Bar-Vision, and Foo-v2 demonstrate …"). Names of any shape (a
// benchmark's "-Bench" is no coined capital); a model run on ("Llama-3-8B") shows its size.
const EXPERIMENT_NAME = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
const EXPERIMENTS_ON = new RegExp(
	String.raw`\b[Ee]xperiments\s+(?:(?:conducted|performed|run)\s+)?on\s+(?:the\s+)?(${EXPERIMENT_NAME}(?:,\s+${EXPERIMENT_NAME})*(?:,?\s+and\s+${EXPERIMENT_NAME})?)\s+(?:demonstrate|show|reveal|confirm|validate|verify|indicate)s?\b`,
	'g',
);
// The nouns either pattern needs: an abstract without any is not scanned word by word.
const CONTEXT_NOUN = /benchmark|dataset|environment|suite|task|test set|accuracy|leaderboard|survey|corpus/;

/** Whether the abstract writes `name` right before "model" ("The DYRESM-CAEDYM model is …"). */
const calledModel = (name: string, abstract: string) => boundedStarts(name, abstract).some((at) => /^\s+models?\b/.test(abstract.slice(at + name.length, at + name.length + 8)));

/** Coined names followed by "benchmark", "dataset", "task", "accuracy" and the like, or after "a / the … benchmark". */
export const datasetContext: EntityRule = {
	name: 'dataset context',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inAcronym }) {
		if (!CONTEXT_NOUN.test(abstract)) return experimentsOn(abstract, isGeneric, isKnown);
		return [...allMatches(abstract, datasetContextIn(abstract)), ...allMatches(abstract, NAMED_AFTER)]
			.filter((m) => isCoinedName(m[1]!) && !isGeneric(m[1]!) && !isKnown(m[1]!) && !inAcronym(m.index))
			// "the DYRESM-CAEDYM model … the DYRESM-CAEDYM accuracy of water temperature simulation": the accuracy of a model.
			.filter((m) => !/\saccuracy$/.test(m[0]) || !calledModel(m[1]!, abstract))
			// "boosting GPT-OSS-20B accuracy on AIME25": accuracy measured on something else, or of a name with a
			// parameter count, is a model's own.
			.filter((m) => !/\saccuracy$/.test(m[0]) || !(PARAMETER_COUNT.test(m[1]!) || /^\s+(?:on|in)\s/.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 5))))
			.map((m) => ({ type: 'dataset' as const, name: m[1]!, role: 'used' as const, forms: [] }))
			.concat(experimentsOn(abstract, isGeneric, isKnown));
	},
};

/** "Experiments on Foo-Bench demonstrate …": the capitalised names the experiments ran on, as datasets used. */
function experimentsOn(abstract: string, isGeneric: (name: string) => boolean, isKnown: (name: string) => boolean) {
	if (!abstract.includes('xperiments')) return [];
	return allMatches(abstract, EXPERIMENTS_ON)
		.flatMap((m) => m[1]!.split(/,\s+(?:and\s+)?|\s+and\s+/))
		.filter((name) => !isGeneric(name) && !isKnown(name) && !PARAMETER_COUNT.test(name))
		.map((name) => ({ type: 'dataset' as const, name, role: 'used' as const, forms: [] }));
}
