/**
 * Derived topics that hold nearly the same papers read as one subject under two names: on a site
 * of round 40's list on motoric cognitive risk (MCR) with round 42's leukaemia list, "Motoric
 * cognitive risk" held six papers and "Pre-dementia syndrome" five of them — the papers define MCR
 * as a pre-dementia syndrome, a restatement without shared words that no name rule reads. Whatever
 * the names, two topics whose papers are nearly one set list the same papers twice; the smaller
 * goes, its papers under the larger one. A narrower topic of a few of a larger one's papers ("MCR
 * subtypes", two of seven) holds another set and stays.
 */
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';
import type { PaperTopics } from './topic-membership.ts';

/** Shared papers over the papers of either topic at or above which two topics are one set. */
export const SAME_PAPERS = 0.8;

/**
 * The topics without each derived topic whose papers are nearly those of a larger (or, at equal
 * size, earlier) derived topic, and the papers' topics with its papers moved to that one.
 * `otherId`, the papers no name holds, is never merged.
 *
 * @example
 * // "b" holds 4 papers, all of them "a"'s 5: 4 / 5 ≥ 0.8, so "b" goes.
 * mergeOverlappingTopics(topics, paperTopics, 'other-papers')
 */
export function mergeOverlappingTopics(
	topics: readonly TopicRecord[],
	paperTopics: readonly PaperTopics[],
	otherId: string,
	sharedAtLeast = SAME_PAPERS,
): { topics: TopicRecord[]; paperTopics: PaperTopics[] } {
	const papersOf = new Map<string, Set<number>>();
	paperTopics.forEach((list, paper) => {
		for (const t of list) if (t.derived && t.id !== otherId) papersOf.set(t.id, (papersOf.get(t.id) ?? new Set()).add(paper));
	});
	const order = topics.filter((t) => papersOf.has(t.id)).map((t) => t.id);
	const bySize = [...order].sort((a, b) => papersOf.get(b)!.size - papersOf.get(a)!.size || order.indexOf(a) - order.indexOf(b));
	const mergedInto = new Map<string, string>();
	for (const [i, small] of bySize.entries()) {
		const own = papersOf.get(small)!;
		const into = bySize.slice(0, i).find((large) => {
			if (mergedInto.has(large)) return false;
			const other = papersOf.get(large)!;
			const shared = [...own].filter((paper) => other.has(paper)).length;
			return shared / (own.size + other.size - shared) >= sharedAtLeast;
		});
		if (!into) continue;
		mergedInto.set(small, into);
		for (const paper of own) papersOf.get(into)!.add(paper);
	}
	if (!mergedInto.size) return { topics: [...topics], paperTopics: [...paperTopics] };
	const moved = paperTopics.map((list) => {
		const seen = new Set<string>();
		return list.flatMap((t) => {
			const id = mergedInto.get(t.id) ?? t.id;
			if (seen.has(id)) return [];
			seen.add(id);
			return [id === t.id ? t : { ...t, id }];
		});
	});
	return { topics: topics.filter((t) => !mergedInto.has(t.id)), paperTopics: moved };
}
