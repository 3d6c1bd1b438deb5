/**
 * A technique, theory or instrument the abstract names in title case mid-sentence: "guided by
 * the Media Richness Theory", "using the Theory of Planned Behavior", "the Technology Acceptance
 * Model", "the Patient Health Questionnaire". The social and medical sciences name their
 * frameworks and instruments so, usually without a coined capital or an acronym the other rules
 * need. Two to four capitalised words before such a head noun, where no sentence begins, are a
 * name; one ("the Lanczos Algorithm", "a Likert Scale") is left to `eponym-techniques.ts`, an organisation
 * ("Food and Agriculture Organization") to the name filters.
 *
 * An instrument's author and edition year may open its name ("the modified Willett 2008 Dietary Intake
 * Questionnaire"), and a name may end in the setting it was adapted for ("the Behavioral Pain
 * Scale for the ICU"). Such a tail is read as the name's only where the abstract writes it after
 * every mention of the name, twice at least: "for the …" after a single mention is as often what a
 * general instrument was applied to.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// An instrument's name may be plural as a battery of forms is ("the MacArthur-Bates Communicative
// Development Inventories").
const HEAD = String.raw`(?:Theory|Model|Scales?|Tests?|Method|Algorithm|Framework|Protocol|Questionnaires?|Inventory|Inventories|Checklists?)`;
// An instrument's revision or edition is part of its name, joined by a hyphen ("Rating Scale-Revised",
// "Depression Inventory-II", "Questionnaire-Short Form"): cut there, the name would lose its version.
const EDITION = String.raw`(?:-(?:Revised|Short\sForm|Brief|Modified|Extended|[IV]{1,3}|\d))?`;
// A surname keeps the capital of its prefix ("MacArthur", "McGill", "DeLong", "O'Brien"): still one
// capitalised word of the name, not a coined one.
const WORD = String.raw`(?:[A-Z][a-z]+|(?:Ma?c|O'|D[aeiu]|L[ae]|Van|Von)[A-Z][a-z]+)(?:-[A-Z]?[a-z]+)?`;
/** An author's name and the edition's year before the name ("Willett 2008"); a month and a year date the sentence instead. */
const AUTHOR_YEAR = String.raw`(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)[A-Z][a-z]+\s(?:19|20)\d\d\s)`;
/** The setting an instrument was adapted for, after its head ("… Scale for the ICU"). */
const SETTING_TAIL = String.raw`(?:\sfor\sthe\s(?:[A-Z]{2,6}|${WORD})(?![\w-]))`;
/** Capitalised words before the head, "of" allowed after it ("Theory of Planned Behavior"). */
const TITLED = new RegExp(
	String.raw`(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b(?:${AUTHOR_YEAR}?(?:${WORD}\s){2,4}${HEAD}${EDITION}(${SETTING_TAIL})?|${HEAD}\sof\s(?:${WORD}\s){0,3}${WORD})\b(?!\s[A-Z])`,
	'g',
);

/** Whether every mention of `name` in `abstract` is followed by `tail`, and there are two at least. */
function alwaysWithTail(abstract: string, name: string, tail: string): boolean {
	let count = 0;
	for (let at = abstract.indexOf(name); at !== -1; at = abstract.indexOf(name, at + name.length)) {
		if (!abstract.startsWith(tail, at + name.length)) return false;
		count += 1;
	}
	return count >= 2;
}

/** Title-case names of techniques, theories and instruments, as methods the paper uses. */
export const titleCaseTechniques: EntityRule = {
	name: 'title-case techniques',
	priority: 1,
	find({ abstract, sentences, isKnown, inUrl }) {
		const starts = new Set(sentences.map((s) => s.start));
		return allMatches(abstract, TITLED)
			.filter((m) => !starts.has(m.index) && !inUrl(m.index) && !isKnown(m[0]))
			.map((m) => {
				const tail = m[1];
				const name = tail && !alwaysWithTail(abstract, m[0].slice(0, -tail.length), tail) ? m[0].slice(0, -tail.length) : m[0];
				return { type: 'method' as const, name, role: 'used' as const, forms: [] };
			});
	},
};
