/**
 * Runs the two per-paper stages that cost the most — text annotation and MDX rendering —
 * on worker threads (a Tinypool pool running `worker.ts`) for large collections, and
 * in-process for small ones (a worker's start-up costs more than annotating a few hundred
 * abstracts). Results keep input order.
 *
 * Work goes out in small batches from one shared queue, the next one to whichever thread is
 * free: a worker holds a batch or two at a time (not half the collection, which made each
 * rendering worker's heap grow past 400 MB at 10,000 papers), and a thread that happens to
 * get easier papers does not sit idle while another finishes. This thread takes batches too,
 * between handing out the workers' next ones: with n threads there are n − 1 workers, one
 * isolate fewer to start and to hold in memory, and this thread has the stages loaded already.
 * The annotate stage keeps its pool (`worker-pool.ts`) after the annotation: the workers render page
 * bodies while this thread runs the collection steps (`bodies-ahead.ts`).
 */
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { serialize } from 'node:v8';
import type { MessagePort } from 'node:worker_threads';
import type { PreparedCollection } from '../annotate/annotate-collection.ts';
import { annotatePaper, annotatePaperBatch, type PaperAnnotations } from '../annotate/annotate-paper.ts';
import { parseLexicons, type Lexicons } from '../annotate/lexicons.ts';
import { renderPaperBody, renderPaperMdx, renderPaperMdxWithBody } from '../render/paper-mdx.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { taperedBatches, WORKER_QUEUE } from './batches.ts';
import { bodyFields, bodyFor, renderBodiesAhead, type BodyAhead } from './bodies-ahead.ts';
import { mapPaperBatch, mapPapers } from './paper-stage.ts';
import type { CollectionInput, KeptItem, TextItem, WorkerJob } from './worker-job.ts';
import { withWorkerPool, type WorkerPool } from './worker-pool.ts';
import { relatedOnWorker, type RelatedWorkerEnd, type StartRelated } from './related-on-worker.ts';

/** What `prepareCollection` gives, less what the caller has already. */
export type PreparedParts = Omit<PreparedCollection, 'raws' | 'taxonomy'>;

/** Below this many items a stage runs in-process. */
export const PARALLEL_THRESHOLD = 400;

/** How many threads to use: one per core, at most `items / threshold`. */
export function threadCount(items: number, cores = availableParallelism()): number {
	if (items < PARALLEL_THRESHOLD) return 1;
	return Math.max(1, Math.min(cores, Math.floor(items / (PARALLEL_THRESHOLD / 2))));
}

/** Items this thread works through between looks at the workers' answers. */
export const LOCAL_SLICE = 10;

/**
 * Runs batches of `items` on the pool's workers, each batch as `job(batch, from)` (`from`: the
 * place of the batch's first item in `items`), and on this thread, as `local(batch)`, and returns
 * the results in input order.
 * `first`, if given, is a job a worker does before its first batch; `receive` gets its answer.
 * The first failure stops handing out batches and closes the pool; then it is thrown.
 */
async function runInThreads<T, R>(
	pool: WorkerPool,
	items: readonly T[],
	job: (batch: T[], from: number) => WorkerJob,
	local: (batch: T[]) => R[],
	first?: { job: WorkerJob; transfer?: MessagePort[]; receive: (answer: unknown) => void },
): Promise<R[]> {
	const batches = taperedBatches(items, pool.workers);
	const starts: number[] = [];
	batches.reduce((from, batch) => (starts.push(from), from + batch.length), 0);
	const results: R[][] = new Array(batches.length);
	const workers = Math.max(1, Math.min(pool.workers, batches.length));
	let failure: { error: unknown } | undefined;
	// The first failure ends the workers at once: batches they hold are rejected, not awaited
	// (a worker that could not start would otherwise leave its batches pending for ever).
	const fail = (error: unknown) => {
		if (failure) return;
		failure = { error };
		void pool.close();
	};
	pool.onError(fail);
	let next = 0;
	const take = () => (failure || next >= batches.length ? -1 : next++);
	const inWorker = async () => {
		for (let index = take(); index >= 0; index = take()) {
			const batch = batches[index]!;
			batches[index] = []; // the worker gets its own copy
			results[index] = (await pool.run(job(batch, starts[index]!)).catch((error: unknown) => (fail(error), []))) as R[];
		}
	};
	const inThisThread = async () => {
		// Let the workers' answers in (and hand them their next batch) between this thread's
		// batches, and between slices of a batch: a worker that finishes the batches it holds
		// while this thread is inside a batch waits, idle, until this thread looks up.
		for (await nextTurn(); ; await nextTurn()) {
			const index = take();
			if (index < 0) return;
			const batch = batches[index]!;
			const done: R[] = [];
			try {
				for (let from = 0; from < batch.length && !failure; from += LOCAL_SLICE) {
					if (from > 0) await nextTurn();
					done.push(...local(batch.slice(from, from + LOCAL_SLICE)));
				}
				results[index] = done;
			} catch (error) {
				fail(error);
			}
			batches[index] = [];
		}
	};
	const prepared = first && pool.run(first.job, first.transfer).then(first.receive, fail);
	await Promise.all([prepared, ...Array.from({ length: workers * WORKER_QUEUE }, inWorker), inThisThread()]);
	if (failure) {
		await pool.close();
		throw failure.error;
	}
	return results.flat();
}

/**
 * `annotatePaper` for every paper, split over the pool's workers and this thread, while the
 * first worker prepares the collection (`prepareCollection`: slugs, topics, text features —
 * seconds at 10,000 papers that would otherwise run alone after the annotation) before it
 * takes annotation batches too. The workers get this thread's parse of the lexicons in V8's
 * serialisation (`lexiconFiles` are parsed only when `lexicons` is not given): reading it back
 * is far cheaper than each worker parsing and validating the YAML again before its first paper.
 * With `keep` (and papers that carry their body fields), each worker keeps the body fields of
 * the papers it annotates (`kept-fields.ts`); `kept[i]` then says whether one kept the i-th.
 * With `related`, the worker that prepares the collection keeps what the related search needs
 * and serves it on that channel (`related-on-worker.ts`).
 */
export async function annotateAndPrepareInWorkers(
	papers: readonly (TextItem & Partial<KeptItem>)[],
	collection: CollectionInput,
	lexiconFiles: { file: string; text: string }[],
	pool: WorkerPool,
	lexicons: Lexicons = parseLexicons(lexiconFiles),
	keep = false,
	related?: RelatedWorkerEnd,
): Promise<{ texts: PaperAnnotations[]; prepared: PreparedParts; kept: boolean[] }> {
	let prepared: PreparedParts | undefined;
	const kept = papers.map(() => false);
	const items = papers.map(({ title, abstract, sources, abstractSections, links }) =>
		keep ? ({ title, abstract, sources, abstractSections, links } as KeptItem) : { title, abstract, sources },
	);
	const parsed = serialize(lexicons);
	const texts = await runInThreads<TextItem, PaperAnnotations>(
		pool,
		items,
		(batch, from) => {
			if (!keep) return { task: 'annotate', lexicons: parsed, items: batch };
			kept.fill(true, from, from + batch.length);
			return { task: 'annotate', lexicons: parsed, items: batch as KeptItem[], keepFrom: from };
		},
		(batch) => mapPaperBatch('annotation', batch, (slice) => annotatePaperBatch(slice, lexicons), (paper) => annotatePaper(paper, lexicons)),
		{
			job: related ? { task: 'prepare', ...collection, related } : { task: 'prepare', ...collection },
			transfer: related && [related.port],
			receive: (answer) => (prepared = answer as PreparedParts),
		},
	);
	return { texts, prepared: prepared!, kept };
}

/**
 * The annotate stage on `threads` threads: `annotateAndPrepareInWorkers`, then `complete(texts,
 * prepared, searchRelated)` — the collection steps — on this thread, while the workers render the
 * papers' page bodies (`bodies-ahead.ts`) and the worker that prepared the collection runs the
 * related search `searchRelated` starts (`related-on-worker.ts`); this thread renders bodies too
 * while it waits for the search, and those left once `complete` is done (at 10,000 papers, idle:
 * annotate + write 78.8 → 75.7 s of wall against leaving them to the write phase's fresh pool). Returns what `complete` gave and the bodies, in input order. A lone
 * worker keeps the body fields of the papers it annotated: this thread, whose copy of them is
 * the one thing the collection steps wait for, sends it only those of its own papers.
 */
export async function annotateInWorkers<C>(
	papers: readonly (TextItem & Pick<Paper, 'links' | 'abstractSections'>)[],
	collection: CollectionInput,
	lexiconFiles: { file: string; text: string }[],
	threads: number,
	lexicons: Lexicons,
	complete: (texts: PaperAnnotations[], prepared: PreparedParts, searchRelated: StartRelated) => C,
): Promise<{ completed: C; bodies: (BodyAhead | undefined)[] }> {
	return withWorkerPool(threads, async (pool) => {
		let bodies: ReturnType<typeof renderBodiesAhead> | undefined;
		// Waiting for the search, this thread renders bodies the workers have not started.
		const related = relatedOnWorker(pool, { meanwhile: () => bodies?.renderHere() ?? false });
		const { texts, prepared, kept } = await annotateAndPrepareInWorkers(papers, collection, lexiconFiles, pool, lexicons, pool.workers === 1, related.end);
		bodies = renderBodiesAhead(
			pool,
			papers.map((paper, i) => bodyFields(paper, texts[i]!.text)),
			(i) => kept[i]!,
			renderPaperBody,
		);
		let completed: C;
		try {
			completed = complete(texts, prepared, related.start);
		} finally {
			related.close();
		}
		// The bodies left are rendered here beside the worker's last batches, not with their pages on a fresh pool.
		while (bodies.renderHere());
		return { completed, bodies: await bodies.finish() };
	});
}

/**
 * The pages of `papers`, the j-th as `page(j)`: the pages rendered whole (those with no body
 * rendered ahead for the record, `bodyFor`) are rendered at once, on worker threads when there
 * are many; a page whose body was rendered ahead is put together here when asked for, so that the
 * writer can stage each page as it comes instead of after all of them.
 */
export async function renderPagesWithBodies(papers: readonly Paper[], ahead: readonly (BodyAhead | undefined)[]): Promise<(index: number) => string> {
	const bodies = papers.map((paper, i) => bodyFor(paper, ahead[i]));
	const wholeAt = papers.flatMap((_, i) => (bodies[i] === undefined ? [i] : []));
	const whole = wholeAt.map((i) => papers[i]!);
	const threads = threadCount(whole.length);
	const rendered = threads > 1 ? await renderPagesInWorkers(whole, threads) : mapPapers('rendering', whole, (paper) => renderPaperMdx(paper));
	const renderedAt = new Map(wholeAt.map((i, j) => [i, rendered[j]!]));
	return (index) => {
		const body = bodies[index];
		return body === undefined ? renderedAt.get(index)! : mapPapers('rendering', [papers[index]!], (paper) => renderPaperMdxWithBody(paper, body))[0]!;
	};
}

/** `renderPaperMdx` for every paper, split over `threads − 1` worker threads and this one. */
export function renderPagesInWorkers(papers: readonly Paper[], threads: number): Promise<string[]> {
	return withWorkerPool(threads, (pool) =>
		runInThreads<Paper, string>(
			pool,
			papers,
			(batch) => ({ task: 'render', items: batch }),
			(batch) => mapPapers('rendering', batch, (paper) => renderPaperMdx(paper)),
		),
	);
}
