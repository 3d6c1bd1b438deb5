/**
 * Runs a per-paper stage over a batch so that a failure says which paper it failed on: an
 * error thrown deep inside a stage tells what went wrong, not for which of 10,000 papers,
 * and on a worker thread not even in which batch.
 */

/** What identifies a paper to a reader: its page id (once it has one), title and source record. */
export interface PaperRef {
	id?: string;
	title?: string;
	sources?: readonly { file: string; line: number }[];
}

/**
 * The paper as a reader finds it: as much of id, title and first source record as it has.
 *
 * @example describePaper({ id: 'dreamer', title: 'Dreamer', sources: [{ file: 'a.txt', line: 3 }] })
 * // 'paper "dreamer" ("Dreamer", a.txt:3)'
 */
export function describePaper(paper: PaperRef): string {
	const source = paper.sources?.[0];
	const details = [paper.title === undefined ? null : JSON.stringify(paper.title), source ? `${source.file}:${source.line}` : null].filter(Boolean);
	const name = paper.id === undefined ? 'paper' : `paper ${JSON.stringify(paper.id)}`;
	return details.length ? `${name} (${details.join(', ')})` : name;
}

/**
 * `items.map(stage)`, where an error is thrown again as `<what> failed for <paper>: <message>`
 * with the original as its cause.
 */
export function mapPapers<T extends PaperRef, R>(what: string, items: readonly T[], stage: (item: T) => R): R[] {
	return items.map((item) => {
		try {
			return stage(item);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			throw new Error(`${what} failed for ${describePaper(item)}: ${message}`, { cause: error });
		}
	});
}

/**
 * `stageAll(items)`, a stage run over the whole batch at once that gives what `mapPapers(what,
 * items, stage)` would. Where it throws, the papers are run again one by one, so that the error
 * names the paper it failed for (the stages are pure: the same paper fails again).
 */
export function mapPaperBatch<T extends PaperRef, R>(what: string, items: readonly T[], stageAll: (items: readonly T[]) => R[], stage: (item: T) => R): R[] {
	try {
		return stageAll(items);
	} catch (error) {
		mapPapers(what, items, stage);
		throw error;
	}
}
