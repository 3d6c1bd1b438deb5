/**
 * Who stays in a derived topic once it is named. Clustering groups papers by the words they
 * share, so on a small mixed list a cluster can hold a paper on another subject (a theorem-proving
 * interface grouped with video papers under "Diffusion model"); a reader expects every paper of a
 * topic to be about what its name says. A named topic keeps only the papers that carry its name
 * (`phrase-carriers.ts`), and a topic whose papers share no name is dropped. A paper left with no
 * topic joins the named topic it carries most, else one "Other papers" topic.
 */
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';
import { describeUngroupedPapers } from './topic-naming.ts';

/** A paper's topics as the record holds them. */
export type PaperTopics = { id: string; derived: boolean }[];

/** How the derived topics' papers change. */
export interface Regrouping {
	/** For a named derived topic (by id), the papers (indices) it keeps; topics not here keep all theirs. */
	keep: ReadonlyMap<string, ReadonlySet<number>>;
	/** Derived topics that leave every paper and the topic list. */
	dropped: ReadonlySet<string>;
	/** The named topic a paper left with no topic joins, if any. */
	join: (paper: number) => string | undefined;
}

/**
 * `paperTopics` regrouped as `regrouping` says. Papers that had topics and are left with none
 * join the topic `join` gives, else one "Other papers" topic whose id is the first of
 * `other-papers`, `other-papers-2`, … not in `reserved` (and is then added to it), returned as
 * `otherId` ('' when no paper went there).
 */
export function regroupPapers(
	topics: readonly TopicRecord[],
	paperTopics: readonly PaperTopics[],
	{ keep, dropped, join }: Regrouping,
	reserved: Set<string>,
): { topics: TopicRecord[]; paperTopics: PaperTopics[]; otherId: string } {
	const stays = (t: { id: string; derived: boolean }, paper: number) =>
		!t.derived || (!dropped.has(t.id) && (keep.get(t.id)?.has(paper) ?? true));
	let others = 0;
	let otherId = '';
	const lists = paperTopics.map((list, paper) => {
		const kept = list.filter((t) => stays(t, paper));
		if (kept.length > 0 || list.length === 0) return kept;
		const joined = join(paper);
		if (joined !== undefined) return [{ id: joined, derived: true }];
		if (others++ === 0) otherId = freeId('other-papers', reserved);
		return [{ id: otherId, derived: true }];
	});
	const kept = topics.filter((t) => !(t.derived && dropped.has(t.id)));
	const other: TopicRecord = { id: otherId, title: 'Other papers', description: describeUngroupedPapers(others), derived: true, ungrouped: true };
	return { topics: others > 0 ? [...kept, other] : kept, paperTopics: lists, otherId };
}

/** `base`, or `base-2`, `base-3`, … when taken; added to `reserved`. */
export function freeId(base: string, reserved: Set<string>): string {
	let id = base;
	for (let k = 2; reserved.has(id); k++) id = `${base}-${k}`;
	reserved.add(id);
	return id;
}
