/**
 * The shape of an entity rule: one way of finding entity names in a paper's text (the names
 * it introduces, the curated lexicons, model names, benchmarks named by context, …).
 * `entity-rules.ts` lists them; `extractEntities` runs the list and resolves the mentions.
 */
import type { Acronym, Entity, Span } from '../../../src/shared/paper-schema.ts';
import type { EntityType, Lexicons } from '../lexicons.ts';

/** What every entity rule reads about one paper. */
export interface EntityContext {
	title: string;
	abstract: string;
	sentences: Span[];
	acronyms: Acronym[];
	lexicons: Lexicons;
	/** Whether a name is one of the generic terms that never become entities. */
	isGeneric(name: string): boolean;
	/** Whether a lexicon lists the name (single words as written, several words in any case). */
	isKnown(name: string): boolean;
	/** Whether an offset of the abstract lies inside a URL. */
	inUrl(at: number): boolean;
	/** Whether an offset of the abstract lies inside an acronym definition. */
	inAcronym(at: number): boolean;
}

/** A name a rule found: its type and role, and the surface forms to look for in the abstract. */
export interface FoundName {
	type: EntityType;
	name: string;
	role: Entity['role'];
	/** Other ways the abstract writes it (aliases, long forms); the name itself is always looked for. */
	forms: string[];
	/** The words around the name state its type ("methods like X"): the type evidence leaves it. */
	statedType?: boolean;
	/** Named by the title alone, which the abstract never writes: its one mention is in the title. */
	titleOnly?: boolean;
}

/**
 * One entity rule. Where mentions found by different rules overlap, the longer mention wins,
 * then the rule of higher `priority`.
 */
export interface EntityRule {
	name: string;
	priority: number;
	find(context: EntityContext): FoundName[];
	/**
	 * `find` of each paper of a group, in order, with the same names, for a rule that is itself a list of
	 * rules it runs faster one over all the papers at a time (`extractEntitiesOfPapers`).
	 */
	findAll?(contexts: readonly EntityContext[]): FoundName[][];
}

/** A name some rule found, as a name filter sees it: the name and every form of it. */
export interface FoundCandidate {
	name: string;
	forms: ReadonlySet<string>;
}

/**
 * One name filter: a kind of proper name that is never a method, algorithm, model or dataset
 * however a rule found it (who did the work, where it was done). `entity-rules.ts` lists them;
 * a candidate any filter rejects is dropped before mentions are resolved.
 */
export interface NameFilter {
	name: string;
	rejects(candidate: FoundCandidate, context: EntityContext): boolean;
}
