/**
 * Runs the two per-paper stages that cost the most — text annotation and MDX rendering —
 * on worker threads for large collections, and in-process for small ones (a worker's start-up
 * costs more than annotating a few hundred abstracts). Results keep input order.
 *
 * Work goes out in small batches, the next one to whichever worker is free: a worker holds
 * one batch at a time (not half the collection, which made each rendering worker's heap
 * grow past 400 MB at 10,000 papers), and a worker that happens to get easier papers does
 * not sit idle while the other finishes.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TextAnnotations } from '../annotate/types.ts';
import type { Paper } from '../../src/schemas/paper.ts';

/** One message to a worker: a batch of one stage's items. */
export type WorkerJob =
	| { task: 'annotate'; lexiconFiles: { file: string; text: string }[]; items: { title: string; abstract: string }[] }
	| { task: 'render'; items: Paper[] };

type TextResult = Omit<TextAnnotations, 'links'>;

/** Below this many items a stage runs in-process. */
export const PARALLEL_THRESHOLD = 400;

/** Items per message to a worker: big enough that messaging costs nothing, small enough to keep heaps small. */
export const BATCH_SIZE = 100;

/** How many threads to use: one per core, at most `items / threshold`. */
export function threadCount(items: number, cores = availableParallelism()): number {
	if (items < PARALLEL_THRESHOLD) return 1;
	return Math.max(1, Math.min(cores, Math.floor(items / (PARALLEL_THRESHOLD / 2))));
}

/** Splits `items` into `parts` contiguous chunks of near-equal size. */
export function chunk<T>(items: readonly T[], parts: number): T[][] {
	const size = Math.ceil(items.length / parts);
	return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((c) => c.length);
}

/**
 * Runs batches of `items` on `threads` workers, each batch as `job(items)`; results in input
 * order. A worker has up to `depth` batches queued: 1 balances the load best, while a larger
 * depth keeps the workers busy when the main thread has its own work to do meanwhile.
 */
function runInWorkers<T, R>(items: readonly T[], threads: number, job: (items: T[]) => WorkerJob, depth = 1): Promise<R[]> {
	const batches = chunk(items, Math.ceil(items.length / BATCH_SIZE));
	const results: R[][] = new Array(batches.length);
	let next = 0;
	const pools = Array.from({ length: Math.min(threads, batches.length) }, () => {
		const worker = new Worker(new URL('./worker.ts', import.meta.url));
		const queued: number[] = [];
		const send = () => {
			const index = next++;
			queued.push(index);
			worker.postMessage(job(batches[index]!));
			batches[index] = []; // the worker has its own copy
		};
		return { worker, queued, send };
	});
	// Fill the queues in turn, so each worker starts with its share.
	for (let round = 0; round < depth; round++) for (const pool of pools) if (next < batches.length) pool.send();
	const runOne = ({ worker, queued, send }: (typeof pools)[number]) =>
		new Promise<void>((resolve, reject) => {
			const fail = (error: Error) => {
				worker.removeAllListeners();
				void worker.terminate();
				reject(error);
			};
			worker.on('message', (result: R[]) => {
				results[queued.shift()!] = result;
				if (next < batches.length) send();
				if (queued.length === 0) {
					worker.removeAllListeners();
					void worker.terminate().then(() => resolve(), reject);
				}
			});
			worker.once('error', fail);
			worker.once('exit', (code) => fail(new Error(`generator worker stopped with exit code ${code}`)));
		});
	return Promise.all(pools.map(runOne)).then(() => results.flat());
}

/** `annotateText` for every paper, split over worker threads. */
export function annotateTextsInWorkers(
	papers: readonly { title: string; abstract: string }[],
	lexiconFiles: { file: string; text: string }[],
	threads: number,
): Promise<TextResult[]> {
	const items = papers.map(({ title, abstract }) => ({ title, abstract }));
	// All batches are queued at once (small inputs): the main thread may prepare the collection meanwhile.
	const depth = Math.ceil(Math.ceil(items.length / BATCH_SIZE) / threads);
	return runInWorkers<{ title: string; abstract: string }, TextResult>(items, threads, (batch) => ({ task: 'annotate', lexiconFiles, items: batch }), depth);
}

/** `renderPaperMdx` for every paper, split over worker threads. */
export function renderPagesInWorkers(papers: readonly Paper[], threads: number): Promise<string[]> {
	return runInWorkers<Paper, string>(papers, threads, (batch) => ({ task: 'render', items: batch }));
}
