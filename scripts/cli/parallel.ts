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

/** Runs batches of `items` on `threads` workers, each batch as `job(items)`; results in input order. */
function runInWorkers<T, R>(items: readonly T[], threads: number, job: (items: T[]) => WorkerJob): Promise<R[]> {
	const batches = chunk(items, Math.ceil(items.length / BATCH_SIZE));
	const results: R[][] = new Array(batches.length);
	let next = 0;
	const runOne = () =>
		new Promise<void>((resolve, reject) => {
			const worker = new Worker(new URL('./worker.ts', import.meta.url));
			let current = -1;
			const fail = (error: Error) => {
				worker.removeAllListeners();
				void worker.terminate();
				reject(error);
			};
			const onExit = (code: number) => fail(new Error(`generator worker stopped with exit code ${code}`));
			const onMessage = (result: R[]) => {
				results[current] = result;
				send();
			};
			const send = () => {
				if (next >= batches.length) {
					worker.removeAllListeners();
					void worker.terminate().then(() => resolve(), reject);
					return;
				}
				current = next++;
				worker.postMessage(job(batches[current]!));
				batches[current] = []; // the worker has its own copy
			};
			worker.on('message', onMessage).once('error', fail).once('exit', onExit);
			send();
		});
	return Promise.all(Array.from({ length: Math.min(threads, batches.length) }, runOne)).then(() => results.flat());
}

/** `annotateText` for every paper, split over worker threads. */
export function annotateTextsInWorkers(
	papers: readonly { title: string; abstract: string }[],
	lexiconFiles: { file: string; text: string }[],
	threads: number,
): Promise<TextResult[]> {
	const items = papers.map(({ title, abstract }) => ({ title, abstract }));
	return runInWorkers<{ title: string; abstract: string }, TextResult>(items, threads, (batch) => ({ task: 'annotate', lexiconFiles, items: batch }));
}

/** `renderPaperMdx` for every paper, split over worker threads. */
export function renderPagesInWorkers(papers: readonly Paper[], threads: number): Promise<string[]> {
	return runInWorkers<Paper, string>(papers, threads, (batch) => ({ task: 'render', items: batch }));
}
