/**
 * The shape of an own-part rule: evidence that a name some rule found as used is a part the
 * paper itself made. The names a paper introduces are mostly read where the authors say so
 * ("we propose X"); its parts are often named in passing ("train the Allocator with Cost-Aware
 * Policy Optimization (CAPO)", a title that is the name), where the finding rule saw only a name.
 * `own-part-roles.ts` lists the rules and marks what any of them claims.
 */
import type { EntityContext } from '../entity-rule.ts';
import type { Candidate } from '../resolve-mentions.ts';

/** What an own-part rule reads: the paper, and the names it already introduces. */
export interface OwnPartContext extends Pick<EntityContext, 'title' | 'abstract' | 'sentences' | 'acronyms' | 'isKnown' | 'isGeneric'> {
	/** The names of the candidates found as introduced. */
	introduced: ReadonlySet<string>;
}

/** One rule: whether a candidate found as used is the paper's own part. */
export interface OwnPartRule {
	name: string;
	isOwn(candidate: Candidate, context: OwnPartContext): boolean;
}
