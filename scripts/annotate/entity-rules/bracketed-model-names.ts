/**
 * A model release named in brackets after the noun of what it serves as: "Using a strong backbone
 * agent (GLM-4.6), we build …", "a judge model (Foo-2.5)", "the base LLM (Bar-3)". The kind noun
 * says a model is meant, and the release's shape (a family, a hyphen or none, a version number)
 * says it is a name, not an acronym of the words before (those are capitals alone). A family no
 * lexicon lists is found so; a listed one is the model rules' already.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A model's kind noun, then a bracketed family with a version ("GLM-4.6", "Foo2.5-Pro"). */
const KIND_THEN_RELEASE = /\b(?:model|agent|backbone|LLM|MLLM|VLM|encoder|decoder|judge)\s+\(([A-Z][A-Za-z]*(?:-[A-Za-z]+)*-?\d+(?:\.\d+)*(?:-[A-Za-z0-9]+)*)\)/g;

/** Model releases in brackets after a model's kind noun, as used models. */
export const bracketedModelNames: EntityRule = {
	name: 'bracketed model names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		// Most abstracts bracket nothing after such a noun: one plain scan of brackets spares them the pattern.
		if (!abstract.includes(' (')) return [];
		return allMatches(abstract, KIND_THEN_RELEASE)
			.filter((m) => !isGeneric(m[1]!) && !isKnown(m[1]!) && !inUrl(m.index))
			.map((m) => ({ type: 'model' as const, name: m[1]!, role: 'used' as const, forms: [], statedType: true }));
	},
};
