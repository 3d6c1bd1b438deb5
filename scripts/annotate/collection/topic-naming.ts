/**
 * Titles, ids and descriptions of derived topics, from the keyphrases that name their
 * cluster (`cluster-keyphrases.ts`).
 */
import { slugify } from './slugs.ts';
import { stemWord } from './terms.ts';
import { topicTitle } from './topic-title-case.ts';

/**
 * The terms a topic title uses: the first, and unless it is already a phrase of three or more
 * words, the next one sharing no word with it ("offline RL", not "offline reinforcement").
 */
export function titleTerms(terms: readonly string[]): string[] {
	if (terms.length === 0) return [];
	if (terms[0].split(/\s+/).length >= 3) return [terms[0]];
	const words = (term: string) => term.toLowerCase().split(/\s+/).map(stemWord);
	const first = words(terms[0]);
	const second = terms.slice(1).find((term) => !words(term).some((w) => first.includes(w)));
	return second ? [terms[0], second] : [terms[0]];
}

/**
 * Title and id of a topic named by `terms` ("Other papers" without any). The id is a slug
 * not in `reserved`, suffixed `-2`, `-3`, … when needed, and is added to `reserved`.
 */
export function nameDerivedTopic(terms: readonly string[], reserved: Set<string>): { id: string; title: string } {
	const named = titleTerms(terms);
	const title = topicTitle(named.join(', ') || 'Other papers');
	const base = slugify(named.join(' ') || 'other papers');
	let id = base;
	for (let n = 2; reserved.has(id); n++) id = `${base}-${n}`;
	reserved.add(id);
	return { id, title };
}

/** Says the topic was derived, how many papers it has, and lists its top terms. */
export function describeDerivedTopic(paperCount: number, terms: readonly string[]): string {
	return (
		`Derived from this collection, not from the taxonomy: ${paperCount === 1 ? 'one paper' : `${paperCount} papers`} ` +
		`grouped by the words they share. Top terms: ${terms.join(', ')}.`
	);
}

/**
 * Says a topic named by a phrase its papers share (`topic-keyphrase-names.ts`) was derived, how many
 * papers it has, and lists its top terms. Its papers are grouped by that phrase, not by the words of
 * their clustering, so the description says so.
 */
export function describeNamedTopic(paperCount: number, terms: readonly string[]): string {
	return (
		`Derived from this collection, not from the taxonomy: ${paperCount === 1 ? 'one paper' : `${paperCount} papers`} ` +
		`grouped by a phrase they share, the topic’s name. Top terms: ${terms.join(', ')}.`
	);
}

/** Says the topic holds the papers that carry no other derived topic's name (`topic-membership.ts`). */
export function describeUngroupedPapers(paperCount: number): string {
	return (
		`Derived from this collection, not from the taxonomy: ${paperCount === 1 ? 'one paper that carries' : `${paperCount} papers that carry`} ` +
		'no other derived topic’s name, neither among their keyphrases nor in their title or abstract.'
	);
}
