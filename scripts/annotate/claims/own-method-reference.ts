/**
 * The paper's own method referred to without its name: "our method", "the proposed model", "our modifications", "it", "we" name its main
 * method, the own one named first, not each part it introduces; "this strategy" points back at the own method named last
 * before the sentence; "our models" or "this work" at all the paper's own (`claim-subjects.ts`).
 */
import { abstractSpans, type Entity } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';
import { I } from '../text/first-person.ts';

// What a paper calls its own method: a kind of method, or what it changes or adds to a model it builds on ("our
// modifications", "the proposed add-on", "our design"), as a paper whose contribution is a change to a known model calls it.
const METHOD_NOUN = String.raw`(?:method|approach|framework|model|algorithm|system|agent|technique|pipeline|architecture|tool|strategy|modification|add-on|design)`;
// The paper's own method, referred to without its name.
const SELF_REFERENCE = new RegExp(String.raw`\b(?:[Oo]ur|[Mm]y|[Tt]he proposed|[Tt]his) (?:[\w-]+ )?${METHOD_NOUN}s?\b|\b(?:[Ii]t|[Ww]e|[Oo]urs|${I})\b`);
// "our method", "the proposed model", "it", "we": one method of the paper's own, not "this strategy" nor "our models".
const SINGULAR_SELF = new RegExp(String.raw`^(?:(?:[Oo]ur|[Mm]y|[Tt]he proposed) (?:[\w-]+ )?${METHOD_NOUN}|[Ii]t|[Ww]e|[Oo]urs|${I})$`);
// "this strategy", "this framework": one own method pointed back at.
const DEMONSTRATIVE = new RegExp(String.raw`^[Tt]his (?:[\w-]+ )?${METHOD_NOUN}$`);

/**
 * The own methods a clause points at without their names, or null when it names none so: `own` are the paper's own
 * refs, `sentenceStart` where the sentence stands in the abstract.
 *
 * @example ownMethodsPointedAt('our method reaches 69.6', ['method/i-dlm', 'method/isd'], entities, 120) // → ['method/i-dlm']
 */
export function ownMethodsPointedAt(clause: string, own: readonly string[], entities: readonly Entity[], sentenceStart: number): string[] | null {
	const self = SELF_REFERENCE.exec(clause);
	if (!self || own.length === 0) return null;
	return SINGULAR_SELF.test(self[0]) ? mainOf(own, entities) : DEMONSTRATIVE.test(self[0]) ? lastNamedBefore(own, entities, sentenceStart) : [...own];
}

/**
 * The paper's main method among its own: the one the abstract names first (one named only in the title comes first of
 * all), as abstracts name the contribution before its parts ("we introduce I-DLM … I-DLM uses a novel ISD algorithm").
 */
function mainOf(own: readonly string[], entities: readonly Entity[]): string[] {
	if (own.length < 2) return [...own];
	const firstAt = (ref: string) => {
		const entity = entities.find((e) => entityKey(e.type, e.id) === ref);
		const spans = entity ? abstractSpans(entity) : [];
		return entity === undefined ? Infinity : spans.length === 0 ? -1 : Math.min(...spans.map((s) => s.start));
	};
	return [own.reduce((best, ref) => (firstAt(ref) < firstAt(best) ? ref : best))];
}

/**
 * The own method a demonstrative points back at: the one named last before the sentence ("… our novel Dual-Track GRPO
 * strategy. By applying …, this strategy isolates …"); all of them when none is named before it.
 */
function lastNamedBefore(own: readonly string[], entities: readonly Entity[], before: number): string[] {
	const lastAt = (ref: string) => {
		const entity = entities.find((e) => entityKey(e.type, e.id) === ref);
		const starts = (entity ? abstractSpans(entity) : []).filter((s) => s.end <= before).map((s) => s.start);
		return starts.length === 0 ? -1 : Math.max(...starts);
	};
	const latest = Math.max(...own.map(lastAt));
	return latest === -1 || own.length < 2 ? [...own] : own.filter((ref) => lastAt(ref) === latest);
}
