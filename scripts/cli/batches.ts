/**
 * How a stage's items are cut into batches for the worker threads (`parallel.ts`) and for page
 * bodies rendered ahead (`bodies-ahead.ts`).
 */

/** Batches queued per worker: the second one keeps it busy while this thread works on its own. */
export const WORKER_QUEUE = 2;

/** Items per batch: big enough that messaging costs nothing, small enough to keep heaps small. */
export const BATCH_SIZE = 100;

/** Items per batch at the end of a stage, where a big batch still held by a worker would keep the others waiting. */
export const TAIL_BATCH_SIZE = 20;

/**
 * Contiguous batches of `items` in order: `BATCH_SIZE` items each, but the last ones, as many
 * as `workers` could hold queued beside this thread's, of `TAIL_BATCH_SIZE`; so the threads end
 * a stage at most a small batch apart, not two big batches queued on one worker.
 */
export function taperedBatches<T>(items: readonly T[], workers: number): T[][] {
	const tail = Math.min(items.length, (workers * WORKER_QUEUE + 1) * BATCH_SIZE);
	const head = items.slice(0, items.length - tail);
	const rest = items.slice(items.length - tail);
	return [...chunk(head, Math.ceil(head.length / BATCH_SIZE)), ...chunk(rest, Math.ceil(rest.length / TAIL_BATCH_SIZE))];
}

/** Splits `items` into `parts` contiguous chunks of near-equal size. */
export function chunk<T>(items: readonly T[], parts: number): T[][] {
	const size = Math.ceil(items.length / parts);
	return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((c) => c.length);
}
