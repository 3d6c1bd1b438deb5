/**
 * A journal's title is no keyphrase, nor a phrase the abstract writes only inside one: an editorial's
 * "Transactions on Computational Social Systems" and its "Computational Social Systems" name where it
 * is published, not what it is about (`journal-titles.ts`). The same words written outside the title
 * ("computational social systems face …") stay.
 */
import { journalTitleSpans } from '../journal-titles.ts';
import type { KeyphraseFilter } from './keyphrase-filter.ts';
import { escapeRegExp } from '../../../src/shared/regexp.ts';

// The filter asks about each candidate of one abstract in turn: its journal titles are read once.
let read: { text: string; spans: [number, number][] } = { text: '', spans: [] };

/**
 * True when every place `text` writes `phrase` lies inside a journal's title.
 *
 * @example insideJournalTitle('Computational Social Systems', 'the third issue of IEEE Transactions on Computational Social Systems') // true
 */
export function insideJournalTitle(phrase: string, text: string): boolean {
	if (read.text !== text) read = { text, spans: journalTitleSpans(text) };
	const { spans } = read;
	if (spans.length === 0) return false;
	const uses = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(phrase)}(?![\p{L}\p{N}])`, 'gu'))];
	return uses.length > 0 && uses.every((m) => spans.some(([start, end]) => m.index >= start && m.index + m[0].length <= end));
}

/** Drops a keyphrase written only inside a journal's title. */
export const journalTitles: KeyphraseFilter = {
	id: 'journal-titles',
	describe: "a journal's title, or words written only inside one",
	drops: (phrase, { text }) => insideJournalTitle(phrase, text),
};
