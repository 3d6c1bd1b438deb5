/**
 * The shape of a rule for names a paper introduces. Each rule looks in one kind of place:
 * the object of a contribution verb ("we propose …"), a sentence whose subject is the
 * authors, or the whole paper. `introduced-names.ts` hands each rule its places, in order.
 */
import type { Span } from '../../../../src/shared/paper-schema.ts';
import type { EntityContext } from '../entity-rule.ts';

/** A name the paper introduces, with every form it is written in, first form first. */
export interface NameHit {
	name: string;
	/** Surface forms to look for in the abstract (the name as written, long forms). */
	forms: string[];
	type: 'method' | 'dataset' | 'model' | 'algorithm';
	/** Named by the title alone, which the abstract never writes: its one mention is in the title. */
	titleOnly?: boolean;
}

/** What the rules read about the paper. */
export type NameContext = Pick<EntityContext, 'title' | 'abstract' | 'sentences' | 'acronyms' | 'isGeneric' | 'isKnown' | 'inAcronym'>;

/** The words after a contribution verb, up to the end of its sentence. */
export interface ContributionObject {
	sentence: Span;
	/** Offset in the abstract right after the verb. */
	start: number;
	/** The rest of the sentence from `start`. */
	text: string;
}

/** A rule, by the place it looks in; `found` holds the names earlier rules found. */
export type NameRule =
	| { name: string; scope: 'object'; find(object: ContributionObject, context: NameContext, found: readonly NameHit[]): NameHit[] }
	| { name: string; scope: 'sentence'; find(sentence: Span, context: NameContext, found: readonly NameHit[]): NameHit[] }
	| { name: string; scope: 'paper'; find(context: NameContext, found: readonly NameHit[]): NameHit[] };

/** Words after which a contribution verb's object has ended ("… framework based on GRPO"). */
export const OBJECT_END: ReadonlySet<string> = new Set(
	'based using with via from on of for by to in into which that where wherein whereby whose while as at through over under than'.split(' '),
);

/** A hit named by itself only. */
export const hit = (name: string, type: NameHit['type'] = 'method'): NameHit => ({ name, forms: [name], type });
