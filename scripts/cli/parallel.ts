/**
 * Runs the two per-paper stages that cost the most — text annotation and MDX rendering —
 * on worker threads for large collections, and in-process for small ones (a worker's start-up
 * costs more than annotating a few hundred abstracts). Results keep input order.
 *
 * Work goes out in small batches, the next one to whichever thread is free: a worker holds
 * a batch or two at a time (not half the collection, which made each rendering worker's heap
 * grow past 400 MB at 10,000 papers), and a thread that happens to get easier papers does not
 * sit idle while another finishes. This thread takes batches too, between answering the
 * workers: with n threads there are n − 1 workers, one isolate fewer to start and to hold in
 * memory, and this thread has the stages loaded already.
 */
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { PreparedCollection } from '../annotate/annotate-collection.ts';
import { annotateText } from '../annotate/annotate-text.ts';
import { parseLexicons, type Lexicons } from '../annotate/lexicons.ts';
import type { Taxonomy } from '../annotate/taxonomy.ts';
import type { TextAnnotations } from '../annotate/types.ts';
import type { RawPaper } from '../ingest/types.ts';
import { renderPaperMdx } from '../render/paper-mdx.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';

/** One message to a worker: a batch of one stage's items, or the collection to prepare. */
export type WorkerJob =
	| { task: 'annotate'; lexiconFiles: { file: string; text: string }[]; items: { title: string; abstract: string }[] }
	| { task: 'render'; items: Paper[] }
	| { task: 'prepare'; raws: readonly RawPaper[]; taxonomy: Taxonomy | null };

/** What `prepareCollection` gives, less what the caller has already. */
export type PreparedParts = Omit<PreparedCollection, 'raws' | 'taxonomy'>;

type TextResult = Omit<TextAnnotations, 'links'>;

/** Below this many items a stage runs in-process. */
export const PARALLEL_THRESHOLD = 400;

/** Items per batch: big enough that messaging costs nothing, small enough to keep heaps small. */
export const BATCH_SIZE = 100;

/** Batches queued per worker: the second one keeps it busy while this thread works on its own. */
const WORKER_QUEUE = 2;

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
 * Runs batches of `items` on `threads` threads — `threads − 1` workers, each batch as
 * `job(batch)`, and this one, as `local(batch)` — and returns the results in input order.
 * `first`, if given, is a job the first worker does before any batch; `receive` gets its answer.
 */
async function runInThreads<T, R>(
	items: readonly T[],
	threads: number,
	job: (batch: T[]) => WorkerJob,
	local: (batch: T[]) => R[],
	first?: { job: WorkerJob; receive: (answer: unknown) => void },
): Promise<R[]> {
	const batches = chunk(items, Math.ceil(items.length / BATCH_SIZE));
	const results: R[][] = new Array(batches.length);
	let next = 0;
	const workers = Array.from({ length: Math.max(1, Math.min(threads - 1, batches.length)) }, () => {
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
	// The first job is queued as batch -1; then the workers get their first batches, so they
	// start on their share while this thread begins its own.
	if (first) {
		workers[0]!.queued.push(-1);
		workers[0]!.worker.postMessage(first.job);
	}
	for (let round = 0; round < WORKER_QUEUE; round++) for (const w of workers) if (next < batches.length) w.send();
	const inWorker = ({ worker, queued, send }: (typeof workers)[number]) =>
		new Promise<void>((resolve, reject) => {
			const fail = (error: Error) => {
				stop();
				worker.removeAllListeners();
				void worker.terminate();
				reject(error);
			};
			const finish = () => {
				worker.removeAllListeners();
				void worker.terminate().then(() => resolve(), reject);
			};
			worker.on('message', (result: R[]) => {
				const index = queued.shift()!;
				if (index < 0) first!.receive(result);
				else results[index] = result;
				if (next < batches.length) send();
				if (queued.length === 0) finish();
			});
			worker.once('error', fail);
			worker.once('exit', (code) => fail(new Error(`generator worker stopped with exit code ${code}`)));
			if (queued.length === 0) finish();
		});
	// On any failure no further batch is handed out; the workers finish what they hold and stop.
	const stop = () => {
		next = batches.length;
	};
	const all = Promise.all(workers.map(inWorker));
	all.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
	try {
		while (next < batches.length) {
			// Let the workers' answers in (and hand them their next batch) between this thread's batches.
			await nextTurn();
			if (next >= batches.length) break;
			const index = next++;
			results[index] = local(batches[index]!);
			batches[index] = [];
		}
	} catch (error) {
		stop();
		await Promise.allSettled([all]);
		throw error;
	}
	await all;
	return results.flat();
}

/**
 * `annotateText` for every paper, split over worker threads and this one, while the first
 * worker prepares the collection (`prepareCollection`: slugs, topics, text features —
 * seconds at 10,000 papers that would otherwise run alone after the annotation) before it
 * takes annotation batches too.
 */
export async function annotateAndPrepareInWorkers(
	papers: readonly { title: string; abstract: string }[],
	collection: { raws: readonly RawPaper[]; taxonomy: Taxonomy | null },
	lexiconFiles: { file: string; text: string }[],
	threads: number,
	lexicons: Lexicons = parseLexicons(lexiconFiles),
): Promise<{ texts: TextResult[]; prepared: PreparedParts }> {
	let prepared: PreparedParts | undefined;
	const items = papers.map(({ title, abstract }) => ({ title, abstract }));
	const texts = await runInThreads<{ title: string; abstract: string }, TextResult>(
		items,
		threads,
		(batch) => ({ task: 'annotate', lexiconFiles, items: batch }),
		(batch) => batch.map((paper) => annotateText(paper, lexicons)),
		{ job: { task: 'prepare', raws: collection.raws, taxonomy: collection.taxonomy }, receive: (answer) => (prepared = answer as PreparedParts) },
	);
	return { texts, prepared: prepared! };
}

/** `renderPaperMdx` for every paper, split over worker threads and this one. */
export function renderPagesInWorkers(papers: readonly Paper[], threads: number): Promise<string[]> {
	return runInThreads<Paper, string>(
		papers,
		threads,
		(batch) => ({ task: 'render', items: batch }),
		(batch) => batch.map((paper) => renderPaperMdx(paper)),
	);
}
