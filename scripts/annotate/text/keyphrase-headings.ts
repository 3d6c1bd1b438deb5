/**
 * A structured abstract's heading is no keyphrase: "EXPERT OPINION" and "AREAS" of Expert Opinion's
 * "AREAS COVERED:", "PATIENT CONCERNS" of a case report name a part of the abstract, not what the paper is
 * about, and their capitals make them read as names. A phrase in capitals that stands inside a heading of
 * the abstract, one of the usual headings (`section-label.ts`) or one printed in capitals
 * (`capitals-heading.ts`), is left out; the same words in a sentence stay ("… as EXPERT OPINION noted").
 */
import { capitalsHeading } from './capitals-heading.ts';
import type { KeyphraseFilter } from './keyphrase-filter.ts';
import { opensWithHeading } from './section-label.ts';

/** Where a sentence may start: the text's start, or after a full stop, question or exclamation mark and a space. */
const SENTENCE_START = /(?:^|[.!?]["')\]]?\s+)(?=[A-Z][A-Z ,&/-]*:\s)/g;

// The filter asks about each candidate of one abstract in turn: its headings are read once.
let read: { text: string; headings: string[] } = { text: '', headings: [] };

/** The headings in capitals opening sentences of `text` ("AREAS COVERED:", "METHODS:"). */
function headingsOf(text: string): string[] {
	if (read.text === text) return read.headings;
	const headings: string[] = [];
	for (const match of text.matchAll(SENTENCE_START)) {
		const rest = text.slice(match.index + match[0].length);
		if (!opensWithHeading(rest)) continue;
		headings.push(capitalsHeading(rest) ?? rest.slice(0, rest.indexOf(':') + 1));
	}
	read = { text, headings };
	return headings;
}

const HAS_SMALL_LETTER = /[a-z]/;

/**
 * True when `phrase`, in capitals, is words of a heading of `text`.
 *
 * @example isHeadingPhrase('EXPERT OPINION', 'INTRODUCTION: X. EXPERT OPINION: Y failed.') // → true
 * @example isHeadingPhrase('EXPERT OPINION', 'We asked for EXPERT OPINION: none came.') // → false
 */
export function isHeadingPhrase(phrase: string, text: string): boolean {
	// Most phrases hold a small letter, and most abstracts no colon: neither can be a heading's words.
	// (A small ASCII letter answers the first without an upper-cased copy of the phrase.)
	if (HAS_SMALL_LETTER.test(phrase) || phrase !== phrase.toUpperCase() || !text.includes(':')) return false;
	const words = new RegExp(String.raw`(?<![A-Z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Z])`);
	return headingsOf(text).some((heading) => words.test(heading));
}

/** The filter leaving out the words of a structured abstract's headings. */
export const headings: KeyphraseFilter = {
	id: 'headings',
	describe: 'headings of a structured abstract, in capitals ("EXPERT OPINION", "AREAS" of "AREAS COVERED:")',
	drops: (phrase, { text }) => isHeadingPhrase(phrase, text),
};
