/**
 * The type an acronym's title-case long form gives it by its head noun (its last word): a
 * shared collection of data is a dataset ("Sloan Digital Sky Survey", "Autism Brain Imaging
 * Data Exchange", a database, an archive, a registry, a cohort study: "Health and Retirement Study"), and so are a coordinated project whose
 * product is the runs or records it pools ("Coupled Model Intercomparison Project", "Human
 * Connectome Project") and a reanalysis ("Climate Forecast System Reanalysis"); a long form
 * headed "Model" names a model ("Canadian Regional Climate Model", "Segment Anything Model").
 * Anything else is a technique, a method.
 */
import type { EntityType } from '../lexicons.ts';

/** A kind of thing a long form's head names, tried in order. */
interface HeadKind {
	type: EntityType;
	head: RegExp;
}

// Each head follows a space, slash or hyphen, so a word merely ending alike ("Remodel") is not one.
const HEAD_KINDS: readonly HeadKind[] = [
	{
		type: 'dataset',
		head: /[\s/-](?:Surveys?|Data ?(?:base|set)s?|Data Exchange|Data Commons|Corpus|Corpora|Archives?|Repository|Registry|Biobank|Catalog(?:ue)?s?|Census|Study|Cohort)$/,
	},
	// A project that pools runs or records, an intercomparison, a reanalysis: their product is data.
	{ type: 'dataset', head: /[\s/-](?:Projects?|Intercomparisons?|Reanalys[ie]s)$/ },
	{ type: 'model', head: /[\s/-]Models?$/ },
];

/**
 * The phrase a long form's qualifying prepositional phrase leaves: "Reinforcement Learning with a Process
 * Reward Model" is a way of learning, headed "Learning"; the model it learns with is no head.
 */
const QUALIFIER = /\s+(?:with|via|using|through|for)\s+.*$/;

/** The type a title-case long form's head gives its acronym: dataset, model, else method. */
export function typeOfLongForm(long: string): EntityType {
	const headed = long.replace(QUALIFIER, '');
	return HEAD_KINDS.find((kind) => kind.head.test(headed))?.type ?? 'method';
}
