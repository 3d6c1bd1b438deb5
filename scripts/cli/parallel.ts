/**
 * Runs the two per-paper stages that cost the most — text annotation and MDX rendering —
 * on worker threads for large collections, and in-process for small ones (a worker's start-up
 * costs more than annotating a few hundred abstracts). Results keep input order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TextAnnotations } from '../annotate/types.ts';
import type { Paper } from '../../src/schemas/paper.ts';

/** What one worker is asked to do. */
export type WorkerJob =
	| { task: 'annotate'; lexiconFiles: { file: string; text: string }[]; items: { title: string; abstract: string }[] }
	| { task: 'render'; items: Paper[] };

type TextResult = Omit<TextAnnotations, 'links'>;

/** Below this many items a stage runs in-process. */
export const PARALLEL_THRESHOLD = 400;

/** How many threads to use: one per core, at most `items / threshold`. */
export function threadCount(items: number, cores = availableParallelism()): number {
	if (items < PARALLEL_THRESHOLD) return 1;
	return Math.max(1, Math.min(cores, Math.floor(items / (PARALLEL_THRESHOLD / 2))));
}

function runWorker<R>(job: WorkerJob): Promise<R[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: job });
		worker.once('message', (result: R[]) => {
			resolve(result);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`generator worker stopped with exit code ${code}`));
		});
	});
}

/** Splits `items` into `parts` contiguous chunks of near-equal size. */
export function chunk<T>(items: readonly T[], parts: number): T[][] {
	const size = Math.ceil(items.length / parts);
	return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((c) => c.length);
}

/** `annotateText` for every paper, split over worker threads. */
export async function annotateTextsInWorkers(
	papers: readonly { title: string; abstract: string }[],
	lexiconFiles: { file: string; text: string }[],
	threads: number,
): Promise<TextResult[]> {
	const items = papers.map(({ title, abstract }) => ({ title, abstract }));
	const parts = await Promise.all(chunk(items, threads).map((c) => runWorker<TextResult>({ task: 'annotate', lexiconFiles, items: c })));
	return parts.flat();
}

/** `renderPaperMdx` for every paper, split over worker threads. */
export async function renderPagesInWorkers(papers: readonly Paper[], threads: number): Promise<string[]> {
	const parts = await Promise.all(chunk(papers, threads).map((c) => runWorker<string>({ task: 'render', items: c })));
	return parts.flat();
}
