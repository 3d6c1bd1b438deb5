/**
 * Journals' titles as publishers form them ("IEEE Transactions on Computational Social Systems",
 * "International Journal of Production Research", "Physical Review Letters"): where a paper is
 * published, never what it is about. An editorial names its journal ("Welcome to the third issue of
 * IEEE Transactions on Computational Social Systems"), and the title's words would otherwise read as
 * the paper's subject: its keyphrases (`text/keyphrase-journal-titles.ts`), the topics named by the
 * words papers write (`collection/phrase-carriers.ts`) and its entities (`entity-rules/journal-names.ts`).
 */

/** A publisher's name before a journal's title. */
const PUBLISHER = String.raw`(?:(?:IEEE|ACM|IET|SIAM)\s+)?`;
/** The words opening a journal's title. */
const OPENER = String.raw`(?:(?:International|European|American|Chinese|British)\s+)?(?:Transactions\s+on|Journal\s+(?:of|on|for)|Annals\s+of|Bulletin\s+of|Reviews?\s+of|Letters\s+(?:on|in))`;

/** A whole string that is a journal's title, or a title case name ending in "Letters" or "Journal". */
const JOURNAL_TITLE = new RegExp(String.raw`^${PUBLISHER}${OPENER}\s+\S|^(?:[A-Z][\w-]*\s+)+(?:Letters|Journal)$`);

/** A journal's title in running text: its opener and the capitalised words after it, joined by "and", "of", "&". */
const JOURNAL_TITLE_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}])${PUBLISHER}${OPENER}(?:\s+(?:and|of|&|the|in|for|on)(?=\s+[A-Z]))*(?:\s+[A-Z][\p{L}\p{N}-]*(?:\s+(?:and|of|&|the|in|for|on)(?=\s+[A-Z]))*)+`, 'gu');

/**
 * Whether a name (an acronym's long form, say) is a journal's title.
 *
 * @example isJournalTitle('Transactions on Computational Social Systems') // true
 * @example isJournalTitle('Transformer on Graphs') // false
 */
export function isJournalTitle(name: string): boolean {
	return JOURNAL_TITLE.test(name.trim());
}

/**
 * Where `text` writes a journal's title, as `[start, end)` pairs.
 *
 * @example journalTitleSpans('the third issue of IEEE Transactions on Computational Social Systems (TCSS)') // [[19, 68]]
 */
export function journalTitleSpans(text: string): [number, number][] {
	if (!MAY_HOLD_TITLE.test(text)) return [];
	return [...text.matchAll(JOURNAL_TITLE_IN_TEXT)].map((m) => [m.index, m.index + m[0].length]);
}

// Most texts hold none of the openers' nouns: one plain test spares them the pattern.
const MAY_HOLD_TITLE = /Transactions|Journal|Annals|Bulletin|Review|Letters/;

/** `text` with each journal's title blanked out by as many spaces, so that offsets stay. */
export function blankJournalTitles(text: string): string {
	if (!MAY_HOLD_TITLE.test(text)) return text;
	return text.replace(JOURNAL_TITLE_IN_TEXT, (title) => ' '.repeat(title.length));
}
