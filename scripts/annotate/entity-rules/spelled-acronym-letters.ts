/**
 * A word whose leading capitals spell the first letters of an acronym defined after it is a word
 * of that acronym's long form, typeset so that the letters show: "the open-source COupled
 * Snowpack and Ice surface energy and mass balance model in PYthon (COSIPY)". "COupled" and
 * "PYthon" are an English word and a language, not names; the acronym is the name (a rule reads
 * it on its own). A coined name of such a shape ("SQLite") spells no acronym defined after it.
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { allMatches } from '../all-matches.ts';

/** Two or more capitals, then a lower-case word: "COupled", "PYthon", "SIMulation". */
const SPELLING = /^([A-Z]{2,})[a-z]{2,}$/;
/** A bracketed acronym: "(COSIPY)". */
const BRACKETED = /\(([A-Z][A-Za-z0-9]*)\)/g;
const SENTENCE_END = /[.!?]\s+(?=[A-Z])/;
/** How far after the word its acronym may be defined: a long form of a dozen words. */
const REACH = 160;

/**
 * Whether after every place `text` writes `word`, an acronym defined within the next words of its
 * sentence holds the word's capitals among more letters.
 *
 * @example spellsAcronym('COupled', 'the COupled Snowpack and Ice model in PYthon (COSIPY)') // true
 * @example spellsAcronym('SQLite', 'stored in SQLite (version 3)') // false
 */
export function spellsAcronym(word: string, text: string): boolean {
	const capitals = SPELLING.exec(word)?.[1];
	if (!capitals) return false;
	const uses = boundedStarts(word, text);
	return (
		uses.length > 0 &&
		uses.every((at) => {
			// The long form and its acronym stand in one sentence.
			const window = text.slice(at, at + REACH).split(SENTENCE_END)[0]!;
			return allMatches(window, BRACKETED).some((m) => m[1]!.length > capitals.length && m[1]!.includes(capitals));
		})
	);
}

/** Drops a word that spells out letters of an acronym defined after it ("COupled … (COSIPY)"). */
export const spelledAcronymLetters: NameFilter = {
	name: 'spelled acronym letters',
	rejects({ name }, { abstract }) {
		return spellsAcronym(name, abstract);
	},
};
