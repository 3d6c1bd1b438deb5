/**
 * The nouns that say what kind of thing a name is, and the entity type each kind is: "the
 * Privacy Rights Clearinghouse database" is data, "the Keras library" a method, "the
 * Canadian Regional Climate Model" a model. Every field writes its names beside such a noun,
 * whatever the name's own shape, so the noun is evidence a rule can read on a field it has never
 * seen; the rules that read it (`cue-noun-names.ts`, `kind-stated-lists.ts`) share this one table.
 *
 * @example kindOfCue('databases') // 'dataset'
 * @example kindOfCue('Theory') // 'method'
 */
import type { EntityType } from '../lexicons.ts';

/** A cue noun: its singular and plural, and the type of what it names. */
interface Cue {
	type: EntityType;
	/** Lower-case singular and plural forms. */
	forms: readonly string[];
}

// A kind of collection of records or observations is data; a trained or fitted structure is a
// model; a procedure, a measure, an instrument, a theory, a piece of software, a language or a
// format (a standard) is a method, as the gold README types them. "Approach", "system" and "tool" are left out: "the Bayesian
// approach", "the European system", "the Delphi tool" name a style or a place as often as a work.
const CUES: readonly Cue[] = [
	{
		type: 'dataset',
		forms: [
			'data', 'database', 'databases', 'dataset', 'datasets', 'corpus', 'corpora', 'survey', 'surveys', 'archive', 'archives',
			'catalogue', 'catalogues', 'catalog', 'catalogs', 'benchmark', 'benchmarks', 'registry', 'registries', 'reanalysis',
			'reanalyses', 'atlas', 'atlases', 'hub', 'hubs',
		],
	},
	{ type: 'model', forms: ['model', 'models', 'architecture', 'architectures'] },
	{ type: 'algorithm', forms: ['algorithm', 'algorithms'] },
	{
		type: 'method',
		forms: [
			'method', 'methods', 'technique', 'techniques', 'index', 'indices', 'indexes', 'score', 'scores', 'statistic',
			'statistics', 'test', 'tests', 'metric', 'metrics', 'theory', 'theories', 'framework', 'frameworks', 'library',
			'libraries', 'package', 'packages', 'toolbox', 'toolboxes', 'toolkit', 'toolkits', 'software', 'scale', 'scales',
			'questionnaire', 'questionnaires', 'inventory', 'inventories', 'checklist', 'checklists', 'protocol', 'protocols', 'estimator', 'estimators',
			'transform', 'filter', 'criterion', 'pipeline', 'code', 'codes', 'solver', 'solvers', 'simulator', 'simulators',
			'language', 'languages', 'format', 'formats', 'formalism', 'formalisms',
		],
	},
];

const TYPE_OF = new Map(CUES.flatMap((cue) => cue.forms.map((form) => [form, cue.type] as const)));

/** Software is named as a single ordinary word ("Keras", "Theano", "vegan") more often than anything else. */
const SOFTWARE = new Set(['library', 'libraries', 'package', 'packages', 'toolbox', 'toolboxes', 'toolkit', 'toolkits', 'software', 'code', 'codes', 'solver', 'solvers', 'simulator', 'simulators', 'language', 'languages']);

/** The type a cue noun gives the name beside it, or undefined when the word is no cue. */
export function kindOfCue(word: string): EntityType | undefined {
	return TYPE_OF.get(word.toLowerCase());
}

/** Whether a cue noun names a kind of software. */
export function isSoftwareCue(word: string): boolean {
	return SOFTWARE.has(word.toLowerCase());
}

/** Cue nouns whose singular ends in "s". */
const SINGULAR_IN_S = new Set(['corpus', 'reanalysis', 'atlas']);

/** Whether a cue noun is plural (a list of names can stand beside it). */
export function isPluralCue(word: string): boolean {
	const lower = word.toLowerCase();
	return TYPE_OF.has(lower) && (lower === 'data' || lower === 'corpora' || (lower.endsWith('s') && !SINGULAR_IN_S.has(lower)));
}


/** Every cue noun, for building patterns: longest first, so "databases" is tried before "data". */
export const CUE_WORDS: readonly string[] = [...TYPE_OF.keys()].sort((a, b) => b.length - a.length);
