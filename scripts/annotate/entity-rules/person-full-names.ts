/**
 * A person named in full is no entity either: "a re-reading of one of Philippe Descola's earliest
 * works", "This article challenges Claude Levi-Strauss' and Philippe Descola's diagnosis …, to
 * which Descola particularly refers". The humanities name a scholar in full at first and by the
 * surname after, so the title-word and pattern rules take the full name ("Philippe Descola"), the
 * surname ("Descola") or even the given name ("Claude", a model's name in a lexicon) for a name of
 * work.
 *
 * A full name is a given name or two and a surname (a particle allowed: "Eduardo Viveiros de
 * Castro"). It is a person when it is written as one (`writtenAsPerson`: "Philippe Descola is a
 * self-confessed naturalist"), when its surname alone is (`namesPerson`: "Descola suggests"), or
 * when it is joined by "and" to such a person, possessives and all ("Claude Levi-Strauss' and
 * Philippe Descola's"). A candidate is dropped when it is such a full name, its surname, or a given
 * name that stands before that surname wherever the text writes it. A method named after its
 * author keeps a word of its own ("Christofides's Heuristic algorithm", "the Einstein-Grossmann
 * theory") and is no full name; nor is a name the text writes after an article ("the Mersenne
 * Twister made his first appearance").
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { allMatches } from '../all-matches.ts';
import { forLastText, titledText } from '../last-text.ts';
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { mayWriteAPerson, NAME_PARTICLE, namesPerson, spacedText, writtenAsPerson } from './person-names.ts';

/** One word of a name: capitalised, a hyphenated surname allowed ("Levi-Strauss"). */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const GIVEN = String.raw`\p{Lu}\p{Ll}+`;
/** A full name as a candidate is written: one or two given names and a surname, nothing more. */
const FULL_NAME_SHAPE = new RegExp(String.raw`^${GIVEN}(?:\s+${GIVEN})?\s+(?:${NAME_PARTICLE}\s+)?${NAME_WORD}$`, 'u');
/**
 * Every full name the text writes (a sentence's first word may lead it; its surname decides). The
 * lookahead first lets most places go on one cheap test (an upper-case letter is A–Z or not ASCII),
 * before the lookbehind and `\p{Lu}` read the Unicode tables.
 */
const FULL_NAME = new RegExp(String.raw`(?=[A-Z]|[^\x00-\x7f])(?<![\p{L}-])${GIVEN}(?:\s+${GIVEN})?\s+(?:${NAME_PARTICLE}\s+)?${NAME_WORD}(?![\p{L}-])`, 'gu');
/** One name word alone: a surname or a given name. */
const ONE_NAME_WORD = new RegExp(`^${NAME_WORD}$`, 'u');
/** A possessive, "'s" or the bare apostrophe after an "s". */
const POSSESSIVE = String.raw`(?:['’]s|(?<=s)['’])?`;

const surnameOf = (fullName: string) => fullName.split(/\s+/).at(-1)!;

/** "the Mersenne Twister made his first appearance": a person's name takes no article. */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;

/** What can follow a name joined to the next by "and": its possessive or none. */
const AND_AFTER = [' and ', "'s and ", '’s and ', "' and ", '’ and '];

/** Whether a full name is written as a person, or its surname alone is, and never after an article. */
function personInFull(fullName: string, text: string): boolean {
	if (boundedStarts(fullName, text).some((at) => ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 6), at)))) return false;
	return writtenAsPerson(fullName, text) || namesPerson(surnameOf(fullName), text);
}

/** The full names of persons a text writes: those written so, and those joined to them by "and". */
const personsOf = forLastText((text: string): ReadonlySet<string> => {
	// A text with no word the person patterns need names no person, nor anyone joined to one (four abstracts in ten).
	if (!mayWriteAPerson(text)) return NO_PERSONS;
	const fullNames = [...new Set(allMatches(text, FULL_NAME).map((m) => m[0].replace(/\s+/g, ' ')))];
	const persons = new Set(fullNames.filter((name) => personInFull(name, text)));
	// Only a name written beside "and" can be joined to a person: most are not, and need no pattern of their own.
	const flat = spacedText(text);
	const besideAnd = (name: string) => flat.includes(` and ${name}`) || AND_AFTER.some((tail) => flat.includes(name + tail));
	for (const name of fullNames) {
		if (persons.has(name) || !besideAnd(name)) continue;
		const escaped = escapeRegExp(name).replace(/\\? /g, String.raw`\s+`);
		const mates = new RegExp(String.raw`(?<![\p{L}-])${escaped}${POSSESSIVE}\s+and\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})|(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})${POSSESSIVE}\s+and\s+${escaped}(?![\p{L}-])`, 'gu');
		const joined = allMatches(text, mates).some((m) => {
			const mate = (m[1] ?? m[2])!.replace(/\s+/g, ' ');
			return persons.has(mate) || [...persons].some((person) => mate.endsWith(` ${person}`)) || personInFull(mate, text);
		});
		if (joined) persons.add(name);
	}
	return persons;
});

const NO_PERSONS: ReadonlySet<string> = new Set();

/** Whether `name` is a person's full name, surname or given name in `text`. */
export function namesPersonInFull(name: string, text: string): boolean {
	// Only a full name or one name word can be a person's: any other name ("GPT-4", "ImageNet") is
	// answered before the text's persons are read, which most abstracts then never need.
	const fullName = FULL_NAME_SHAPE.test(name);
	if (!fullName && !ONE_NAME_WORD.test(name)) return false;
	const persons = personsOf(text);
	if (persons.size === 0) return false;
	if (fullName) return persons.has(name.replace(/\s+/g, ' ')) || personInFull(name, text);
	const fulls = [...persons];
	if (fulls.some((full) => surnameOf(full) === name)) return true;
	// A given name: every place the text writes it, a person's surname follows.
	const starts = boundedStarts(name, text);
	return (
		starts.length > 0 &&
		starts.every((at) => fulls.some((full) => full.startsWith(`${name} `) && new RegExp(`^${escapeRegExp(full).replace(/\\? /g, String.raw`\s+`)}`, 'u').test(text.slice(at))))
	);
}

/** Drops persons named in full, and the surnames and given names of such persons. */
export const personFullNames: NameFilter = {
	name: 'person full names',
	rejects({ name }, { title, abstract }) {
		return namesPersonInFull(name, titledText(title, abstract));
	},
};
