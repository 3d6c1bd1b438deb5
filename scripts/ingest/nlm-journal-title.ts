/**
 * A journal's name as MEDLINE's `JT` gives it: NLM's catalogue writes it in sentence case with its
 * subtitle after " : " ("Medical science monitor : international medical journal of experimental
 * and clinical research"), which reads as a typing slip on every page and in every citation. The
 * subtitle and the catalogue's year or place ("Science (New York, N.Y.)") go, and the name is
 * written in title case, as the journal prints it: small words in lower case but the first and
 * after a section's full stop ("The Journal of bone and joint surgery. American volume" → "…
 * Surgery. American Volume"); a word with a capital is kept as written ("BMC", "PloS").
 */
import { MINOR } from './capitals-venue.ts';
import { capitalise } from './title-rules/capitals-title.ts';

/**
 * The journal's name without its catalogue subtitle, in title case.
 *
 * @example nlmJournalTitle('Medical science monitor : international medical journal') // 'Medical Science Monitor'
 * @example nlmJournalTitle('Journal of neurosurgery. Spine') // 'Journal of Neurosurgery. Spine'
 */
export function nlmJournalTitle(jt: string): string {
	// NLM tells apart journals of one name by a year or a place after it: "(1999)", "(New York, N.Y.)".
	const name = jt.split(' : ')[0]!.replace(/\s*\((?:[^()]*\d{4}|[^()]*,[^()]*)\)$/, '').trim();
	return name.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word, at: number) => {
		if (/\p{Lu}/u.test(word) || /\d/.test(word)) return word;
		const opens = at === 0 || /[.:]\s+$/.test(name.slice(Math.max(0, at - 3), at)) || name[at - 1] === '(';
		return MINOR.has(word) && !opens ? word : capitalise(word);
	});
}
