/**
 * A part the paper's own system is said to be made of: "LLaDA-o is built on a Mixture of Diffusion
 * (MoD) framework that …", "Our framework consists of a Structure Encoder (SE) and …", "the proposed
 * model comprises …". The subject is a name the paper introduces, or "our"/"the proposed" thing;
 * the verb states what it is made of (consists of, comprises, is composed of, contains, couples,
 * integrates, is built on a …), not what it draws on (uses, adopts, employs, leverages, via, based
 * on), which names someone else's work as often. The part must be defined with its acronym in that
 * sentence, in the verb's own object (no relative clause or verb of use between), and be unknown
 * to the lexicons: a known name ("built on a LLaMA backbone") is someone else's even as a part.
 */
import type { OwnPartRule } from './own-part-rule.ts';

/** A verb of composition, its object a part: "consists of", "is built on a" (an indefinite part, not "built on Qwen"). */
const COMPOSED = /\b(?:consists?\s+of|consisting\s+of|comprises?|comprising|(?:is|are)\s+composed\s+of|composed\s+of|contains?|containing|couples?|integrates?|incorporates?|(?:is|are)\s+built\s+(?:up)?on\s+an?)\b/i;
/**
 * Words that end the verb's object before the definition: a relative clause or a verb of use ("comprises a
 * combined strategy that uses the dual-graph error propagation methodology (DEPM)"), whose part is drawn on.
 */
const OBJECT_BREAK = /\b(?:that|which|where|whose|using|uses?|used|based|via|with|from|by|through|implemented|employ\w*|adopt\w*|leverag\w*)\b|;/i;
/** Whose system is the subject: "our", "the proposed", "this". */
const OWN_SUBJECT = /^(?:our|the\s+proposed|this|the\s+resulting)\s+[\w-]+(?:\s+[\w-]+)?\s/i;

/** An acronym defined after a composition verb whose subject is the paper's own system. */
export const composedOfParts: OwnPartRule = {
	name: 'composed-of parts',
	isOwn({ type, name, forms }, { abstract, sentences, acronyms, introduced, isKnown }) {
		if (type === 'dataset' || [name, ...forms].some((form) => isKnown(form))) return false;
		const acronym = acronyms.find((a) => a.short === name);
		const sentence = acronym && sentences.find((s) => acronym.span.start >= s.start && acronym.span.start < s.end);
		if (!acronym || !sentence) return false;
		const before = abstract.slice(sentence.start, acronym.span.start);
		const verb = COMPOSED.exec(before);
		if (!verb || OBJECT_BREAK.test(before.slice(verb.index + verb[0].length))) return false;
		const subject = before.slice(0, verb.index);
		// The subject, right before the verb: an introduced name, or "our …" / "the proposed …".
		const named = subject.replace(/^The\s+/, '');
		const ownName = [...introduced].some((n) => named.startsWith(n) && /^[\s,]*(?:(?:is|are)\s+)?$|^\s+\S+\s*$/.test(named.slice(n.length)));
		return ownName || OWN_SUBJECT.test(subject);
	},
};
