/**
 * A genus or a subgenus is a group of living things the paper studies, not a work it uses:
 * "Anopheles", "Nyssorhynchus", "Plasmodium". Biology writes the genus capitalised in the title
 * and again and again in the abstract, which the capitalised-name rules would keep, but the way
 * zoological and botanical nomenclature writes it tells it: before a bracketed subgenus and an
 * epithet ("Anopheles (Nyssorhynchus) rondoni", the subgenus too), after or before the rank's own
 * word ("the subgenus Nyssorhynchus", "the Nyssorhynchus and Anopheles subgenera"), before "spp."
 * or "s.l.", before an order and a family in brackets ("Anopheles (Diptera: Culicidae)"), or
 * written in full before an epithet and abbreviated before the same one ("Anopheles lutzii" …
 * "An. lutzii").
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { NameFilter } from './entity-rule.ts';
import { titledText } from '../last-text.ts';
import { allMatches } from '../all-matches.ts';

/** A plain capitalised Latin word: a genus or a subgenus is written so. */
const LATIN = /^[A-Z][a-z]{3,}$/;
/** The ranks' own words. */
const RANK = String.raw`(?:sub)?gen(?:us|era)`;
/** A capitalised word (a genus or subgenus) in the ranks' lists: "Nyssorhynchus and Anopheles". */
const GENUS_WORD = String.raw`[A-Z][a-z]{3,}`;

/**
 * Whether `text` writes `word` as a genus or a subgenus, by one of nomenclature's forms. A word the
 * text defines as an acronym ("Function of Mask (Fmask) algorithm") is no subgenus in brackets.
 */
export function writtenAsGenus(word: string, text: string, acronyms: ReadonlySet<string> = new Set()): boolean {
	if (!LATIN.test(word) || !text.includes(word) || acronyms.has(word)) return false;
	const w = escapeRegExp(word);
	const bracketed = String.raw`(?!(?:${[...acronyms].map(escapeRegExp).join('|') || '(?!)'})\s*\))${GENUS_WORD}`;
	const forms = [
		// "the subgenus Nyssorhynchus", "genus Anopheles mosquitoes"
		String.raw`\b${RANK}\s+${w}\b`,
		// "the Nyssorhynchus subgenus", "the Nyssorhynchus and Anopheles subgenera"
		String.raw`\b${w}(?:,\s+${GENUS_WORD})*(?:,?\s+and\s+${GENUS_WORD})?\s+${RANK}\b`,
		String.raw`\b${GENUS_WORD}(?:,\s+${GENUS_WORD})*,?\s+and\s+${w}\s+${RANK}\b`,
		// "Anopheles (Nyssorhynchus) rondoni": the genus, a bracketed subgenus and an epithet
		String.raw`\b${w}\s*\(\s*${bracketed}\s*\)\s+[a-z]{3,}\b`,
		String.raw`\b${GENUS_WORD}\s*\(\s*${w}\s*\)\s+[a-z]{3,}\b`,
		// "Anopheles spp.", "Anopheles nuneztovari s.l." is read by its abbreviation below
		String.raw`\b${w}\s+spp?\.`,
		// "Anopheles (Diptera: Culicidae)"
		String.raw`\b${w}\s*\(\s*[A-Z][a-z]+\s*:\s*[A-Z][a-z]+idae\s*\)`,
	];
	if (forms.some((form) => new RegExp(form).test(text))) return true;
	// "Anopheles lutzii" … "An. lutzii": the binomial written in full, then with the genus abbreviated.
	for (const m of allMatches(text, new RegExp(String.raw`\b${w}\s+([a-z]{3,})\b`, 'g'))) {
		const epithet = escapeRegExp(m[1]!);
		if (new RegExp(String.raw`(?<![\w.])${escapeRegExp(word[0]!)}[a-z]?\.\s*${epithet}\b`).test(text)) return true;
	}
	return false;
}

/** Drops a genus or a subgenus of living things, however a rule found it. */
export const taxonGenera: NameFilter = {
	name: 'taxon genera',
	rejects: ({ name }, { title, abstract, acronyms, isKnown }) =>
		!isKnown(name) && writtenAsGenus(name, titledText(title, abstract), new Set(acronyms.map((a) => a.short))),
};
