/**
 * How a record spells the acronyms of its own venue. Web of Science gives a proceedings volume's
 * name in capitals ("PROCEEDINGS OF THE 26TH ACM SIGKDD INTERNATIONAL CONFERENCE …", "…, FACCT
 * 2023") and, beside it, the conference's name as the conference writes it ("26th ACM SIGKDD
 * International Conference on Knowledge Discovery and Data Mining (KDD)", "… (FAccT)"). Title-casing
 * the capitals alone turns the acronyms into words ("Sigkdd", "Facct"); the conference's name says
 * which words are acronyms, and how each is written.
 */
import { capitalsVenue } from './capitals-venue.ts';

/** A word of letters and digits holding two capitals or more: an acronym or a brand ("KDD", "FAccT", "AI4I"). */
const SPELLED = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}]+$/u;

/**
 * The words of `texts` written with two capitals or more, keyed by the word in capitals, from the
 * texts that hold a lower-case letter (a text all in capitals spells nothing). A word the texts
 * write in two ways ("Ethics" and "ETHICS" in "… Symposium on Ethics … (IEEE ETHICS)") is left
 * out: which of its uses is the acronym, the texts do not say.
 *
 * @example recordSpellings(['26th ACM SIGKDD International Conference on Knowledge Discovery and Data Mining (KDD)'])
 * // → Map { 'ACM' → 'ACM', 'SIGKDD' → 'SIGKDD', 'KDD' → 'KDD' }
 * @example recordSpellings(['6th ACM Conference on Fairness, Accountability, and Transparency (FAccT)']).get('FACCT') // 'FAccT'
 */
export function recordSpellings(texts: readonly (string | undefined)[]): Map<string, string> {
	const forms = new Map<string, Set<string>>();
	for (const text of texts) {
		if (!text || !/\p{Ll}/u.test(text)) continue;
		for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
			const key = word.toUpperCase();
			forms.set(key, (forms.get(key) ?? new Set()).add(word));
		}
	}
	const spellings = new Map<string, string>();
	for (const [key, written] of forms) {
		const [only] = written;
		if (written.size === 1 && SPELLED.test(only!)) spellings.set(key, only!);
	}
	return spellings;
}

/**
 * A venue `name` written all in capitals, in title case with the acronyms `conference` (the
 * conference's name as the record gives it beside the venue) spells kept as it spells them; any
 * other name as it is.
 *
 * @example venueSpelledAsConference('PROCEEDINGS OF THE 6TH ACM CONFERENCE ON FAIRNESS, ACCOUNTABILITY, AND TRANSPARENCY, FACCT 2023', '6th ACM Conference on Fairness, Accountability, and Transparency (FAccT)')
 * // → 'Proceedings of the 6th ACM Conference on Fairness, Accountability, and Transparency, FAccT 2023'
 */
export function venueSpelledAsConference(name: string | undefined, conference: string | undefined): string | undefined {
	return name && capitalsVenue(name, recordSpellings([conference]));
}
