/**
 * A technique, theory or instrument the abstract names in title case mid-sentence: "guided by
 * the Media Richness Theory", "using the Theory of Planned Behavior", "the Technology Acceptance
 * Model", "the Patient Health Questionnaire". The social and medical sciences name their
 * frameworks and instruments so, usually without a coined capital or an acronym the other rules
 * need. Two to four capitalised words before such a head noun, where no sentence begins, are a
 * name; one ("the Lanczos Algorithm", "a Likert Scale") is left to `eponym-techniques.ts`, an organisation
 * ("Food and Agriculture Organization") to the name filters.
 */
import type { EntityRule } from './entity-rule.ts';

// An instrument's name may be plural as a battery of forms is ("the MacArthur-Bates Communicative
// Development Inventories").
const HEAD = String.raw`(?:Theory|Model|Scales?|Tests?|Method|Algorithm|Framework|Protocol|Questionnaires?|Inventory|Inventories|Checklists?)`;
// An instrument's revision or edition is part of its name, joined by a hyphen ("Rating Scale-Revised",
// "Depression Inventory-II", "Questionnaire-Short Form"): cut there, the name would lose its version.
const EDITION = String.raw`(?:-(?:Revised|Short\sForm|Brief|Modified|Extended|[IV]{1,3}|\d))?`;
// A surname keeps the capital of its prefix ("MacArthur", "McGill", "DeLong", "O'Brien"): still one
// capitalised word of the name, not a coined one.
const WORD = String.raw`(?:[A-Z][a-z]+|(?:Ma?c|O'|D[aeiu]|L[ae]|Van|Von)[A-Z][a-z]+)(?:-[A-Z]?[a-z]+)?`;
/** Capitalised words before the head, "of" allowed after it ("Theory of Planned Behavior"). */
const TITLED = new RegExp(
	String.raw`(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b(?:(?:${WORD}\s){2,4}${HEAD}${EDITION}|${HEAD}\sof\s(?:${WORD}\s){0,3}${WORD})\b(?!\s[A-Z])`,
	'g',
);

/** Title-case names of techniques, theories and instruments, as methods the paper uses. */
export const titleCaseTechniques: EntityRule = {
	name: 'title-case techniques',
	priority: 1,
	find({ abstract, sentences, isKnown, inUrl }) {
		const starts = new Set(sentences.map((s) => s.start));
		return [...abstract.matchAll(TITLED)]
			.filter((m) => !starts.has(m.index) && !inUrl(m.index) && !isKnown(m[0]))
			.map((m) => ({ type: 'method' as const, name: m[0], role: 'used' as const, forms: [] }));
	},
};
