/**
 * A journal named by its abbreviation where the record also holds its full name. An EndNote
 * library filled from PubMed puts the ISO abbreviation in the periodical's `full-title`
 * ("Am J Clin Dermatol") and NLM's catalogue name in `abbr-1` ("American journal of clinical
 * dermatology"): every page would show the abbreviation. The full name is taken when the
 * abbreviation abbreviates it, each of its words the start of a word of the name in order ("Am" of
 * "American", "J" of "journal", "Br" of "British"), written as `nlmJournalTitle` writes NLM's names.
 */
import { nlmJournalTitle } from './nlm-journal-title.ts';

/** Words of a name, lower case, letters and digits only. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether `short` abbreviates `long`: two words or more, each the start of a later word of `long`
 * than the one before, and at least one of them cut short.
 *
 * @example abbreviates('Am J Clin Dermatol', 'American journal of clinical dermatology') // true
 * @example abbreviates('The Lancet Oncology', 'Lancet Oncol') // false
 */
export function abbreviates(short: string, long: string): boolean {
	const parts = words(short);
	const full = words(long);
	if (parts.length < 2) return false;
	let at = 0;
	let cut = false;
	for (const part of parts) {
		while (at < full.length && !full[at]!.startsWith(part)) at++;
		if (at === full.length) return false;
		cut ||= full[at]!.length > part.length;
		at++;
	}
	return cut;
}

/**
 * The journal's full name when `name` is the abbreviation of one of `fullNames`, else `name`.
 *
 * @example expandedJournal('Br J Dermatol', ['The British journal of dermatology']) // 'The British Journal of Dermatology'
 */
export function expandedJournal(name: string | undefined, fullNames: readonly (string | undefined)[]): string | undefined {
	if (!name) return name;
	for (const full of fullNames) {
		// NLM's subtitle (" : JDD", " : official publication of …") is no part of what the abbreviation shortens.
		const title = full && nlmJournalTitle(full);
		if (title && abbreviates(name, title)) return title;
	}
	return name;
}
