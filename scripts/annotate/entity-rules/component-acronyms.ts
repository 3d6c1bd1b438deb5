/**
 * A lower-case long form with its acronym, named by the kind of part or procedure it is: "a
 * refinement-via-editing (RvE) paradigm", "an edge feature enhancement (EFE) module", "the
 * hierarchical risk parity (HRP) approach", "a spatio-temporal autoregressive (STAR) architecture",
 * or with that kind noun inside the long form ("an edge refinement module (ER)", "structural
 * equation modelling (CB-SEM)"). Papers of every field define their components and strategies so,
 * and a concept in lower case ("large language model (LLM)", "unmanned aircraft system (UAS)")
 * carries none of these kind nouns: the noun is the evidence that one named way of doing is meant.
 * A plural after the bracket ("mixture-of-experts (MoE) architectures") names a family and stays
 * out, as `technique-acronyms.ts` leaves "reinforcement learning (RL) algorithms". A long form headed
 * by the kind noun defines its acronym here, even one the generic list holds in another sense ("ER",
 * an emergency room), as `technique-acronyms.ts` lets a technique's own definition decide.
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import { isTitleCase } from './named-acronyms.ts';
import type { EntityRule } from './entity-rule.ts';

// The kind nouns of a named part or procedure. "framework" and "module" name a designed part;
// "approach", "paradigm" and "strategy" a named way of doing; "architecture" a named design.
const KIND = String.raw`(?:approach|paradigm|strategy|architecture|framework|module|block)`;
/** The singular kind noun right after the bracket, not the start of a compound ("-based"). */
const KIND_AFTER = new RegExp(String.raw`^\s*${KIND}\b(?!-)`);
/** The kind noun as the long form's own head ("edge refinement module", "… modelling"). */
const KIND_HEAD = new RegExp(String.raw`(?:^|\s)(?:${KIND}|modell?ing)$`);
// Lower case but for a first word that may open the sentence; one hyphenated compound is a long form too
// ("refinement-via-editing"), as in `technique-acronyms.ts`.
const LOWER_CASE = /^[A-Za-z][a-z-]*(?:\s+[a-z][\w-]*)+$|^[A-Za-z][a-z]+(?:-[a-z]+)+$/;

/** Whether the acronym's long form is lower case and the abstract names it by a kind noun of a part or procedure. */
const namedByKind = (abstract: string, a: Acronym): boolean => !isTitleCase(a.long) && LOWER_CASE.test(a.long) && (KIND_HEAD.test(a.long) || KIND_AFTER.test(abstract.slice(a.span.end)));

// The authors name a part of their own: they speak, or say it is proposed or designed, in its sentence
// ("an edge refinement module (ER) are proposed"); a sentence about others' work ("Current methods
// follow a refinement-via-editing (RvE) paradigm") does neither, and one credited to others ("was proposed
// by Li et al.") is theirs.
const OWN = /\b(?:[Ww]e|[Oo]ur|propos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|design(?:s|ed)?)\b/;
const TAKEN = /\b(?:existing|current|prior|previous|conventional|standard|et al)\b/i;

/** Acronyms of lower-case long forms a kind noun calls a component or procedure, as methods. */
export const componentAcronyms: EntityRule = {
	name: 'component acronyms',
	priority: 1,
	find({ abstract, sentences, acronyms, isGeneric, isKnown, inUrl }) {
		return acronyms
			.filter((a) => namedByKind(abstract, a))
			.filter((a) => (KIND_HEAD.test(a.long) || !isGeneric(a.short)) && !isGeneric(a.long) && !isKnown(a.short) && !isKnown(a.long) && !inUrl(a.span.start))
			.map((a) => {
				const sentence = sentences.find((s) => a.span.start >= s.start && a.span.start < s.end);
				const text = sentence ? abstract.slice(sentence.start, sentence.end) : abstract;
				const role = OWN.test(text) && !TAKEN.test(text) ? ('introduced' as const) : ('used' as const);
				return { type: 'method' as const, name: a.short, role, forms: [a.long] };
			});
	},
};
