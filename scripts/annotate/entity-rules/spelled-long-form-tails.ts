/**
 * The tail of a long form typeset so that its letters spell a coined name written elsewhere:
 * "FooSPEX, a SPeed and EXactness Kit" spells "SPEX" in capitals. A rule that reads capitalised
 * words before a cue noun may take the last words ("EXactness Kit") for a name; they are a piece of
 * the long form of the coined name, which a rule reads on its own.
 *
 * The name's first word opens with two capitals or more ("EXactness"); with the capitals of the
 * words so typeset just before it in the sentence, they spell part of a longer coined word of the
 * title or the abstract. `spelled-acronym-letters.ts` reads a single such word before its bracketed
 * acronym.
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';

/** Two or more capitals, then lower-case letters: "SPeed", "EXactness". */
const SPELLING = /^([A-Z]{2,})[a-z]{2,}$/;
/** How far before the name the long form may begin: a dozen words. */
const REACH = 120;

/** The capitals a typeset long form spells up to and including the name at `at`: "SP" + "EX". */
function spelledCapitals(text: string, at: number, first: string): string {
	const before = text.slice(Math.max(0, at - REACH), at).split(/[.;:!?]\s/).pop()!;
	const capitals = before.split(/\s+/).map((word) => SPELLING.exec(word)?.[1] ?? '');
	return capitals.join('') + first;
}

/**
 * Whether `name` opens at the capitals of a typeset long form whose capitals, with those of the words
 * so typeset before it, spell part of a longer word of `title` or `abstract`.
 *
 * @example isSpelledTail('EXactness Kit', '', 'FooSPEX, a SPeed and EXactness Kit for …') // true
 * @example isSpelledTail('SQLite Engine', '', 'kept in the SQLite Engine of each phone') // false
 */
export function isSpelledTail(name: string, title: string, abstract: string): boolean {
	const first = SPELLING.exec(name.split(/\s+/)[0]!)?.[1];
	if (!first || !name.includes(' ')) return false;
	const words = `${title} ${abstract}`.match(/[A-Za-z0-9]{4,}/g) ?? [];
	return boundedStarts(name, abstract).some((at) => {
		const spelled = spelledCapitals(abstract, at, first);
		return spelled.length > first.length && words.some((word) => word.length > spelled.length && word.includes(spelled));
	});
}

/** Drops a name that is the tail of a long form spelling a coined word ("EXactness Kit" of FooSPEX). */
export const spelledLongFormTails: NameFilter = {
	name: 'spelled long-form tails',
	rejects({ name }, { title, abstract }) {
		return isSpelledTail(name, title, abstract);
	},
};
