/**
 * A known benchmark or dataset with the year of its edition glued on: "79.9% on AIME24", "AIME-2025",
 * "COCO2017", or written apart with the full year, "56.7% on AIME 2024" (the lexicon alone finds
 * "AIME" there, cutting the edition off and leaving its year a bare number, read as a result).
 * Competitions and shared tasks are released once a year and
 * cited by the year's edition; the edition is the dataset the number was measured on, a name of its
 * own the lexicon's base name does not cover (the whole word is never matched by it). Two editions joined by a slash ("AIME 2023/2024")
 * are one name. Only a base
 * name a lexicon lists as a dataset, and a year of 1990–2039 (two digits: 90–99, 00–39).
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';
import { allMatches } from '../all-matches.ts';

// Glued or hyphenated, any year form ("AIME24", "AIME-2025"); after a space, the full year only ("AIME 2024").
// Two editions evaluated together are written with a slash, "AIME 2023/2024": one name, as the paper cites it.
const EDITION = /(?<![\w.-])([A-Z][A-Za-z]{2,})(?:-?((?:19|20)?\d{2})| ((?:19|20)\d{2})(?:\/(?:19|20)?\d{2}(?![\w%-]|[.,]\d))?)(?![\w%/-]|[.,]\d)/g;
const YEAR = /^(?:(?:19)?9\d|(?:20)?[0-3]\d)$/;

/** A word that is a known dataset with its edition's year glued on: "AIME25", "COCO2017". */
const GLUED_EDITION = /^([A-Z][A-Za-z]{2,})-?((?:19|20)?\d{2})$/;

/**
 * Whether `word` is a dataset's edition: a base name `isDataset` says is a dataset, its year glued on.
 *
 * @example isKnownEdition('AIME25', (base) => base === 'AIME') // true
 * @example isKnownEdition('AIME99x', (base) => base === 'AIME') // false
 */
export function isKnownEdition(word: string, isDataset: (base: string) => boolean): boolean {
	const m = GLUED_EDITION.exec(word);
	return m !== null && YEAR.test(m[2]!) && isDataset(m[1]!);
}

/** Known datasets cited by the year of their edition. */
export const yearEditions: EntityRule = {
	name: 'year editions',
	priority: 1,
	find({ abstract, lexicons, inUrl }) {
		// A digit right after a capitalised word is rare: one plain test spares most abstracts the pattern.
		if (!/[A-Za-z][- ]?\d\d/.test(abstract)) return [];
		const index = lexiconIndex(lexicons);
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, EDITION)) {
			const [whole, base, glued, spaced] = m as unknown as [string, string, string | undefined, string | undefined];
			const year = glued ?? spaced ?? '';
			if (inUrl(m.index) || !YEAR.test(year) || index.lookup.get(base)?.type !== 'dataset') continue;
			found.push({ type: 'dataset', name: whole, role: 'used', forms: [], statedType: true });
		}
		return found;
	},
};
