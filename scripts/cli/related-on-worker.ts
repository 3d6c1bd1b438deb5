/**
 * The related-paper search run on the worker that prepared the collection, beside the topic
 * naming on this thread. The search reads the ranked keyphrases and the keyed entities, not the
 * topic names, and its text features are the table that worker made in `prepare`; so this thread
 * hands it the papers' entities and keyphrases and names the topics while it searches, instead of
 * running both while the worker sits idle (the search was 44 % of the collection steps' time at
 * 10,000 papers).
 *
 * The search is claimed like a batch of page bodies (`bodies-ahead.ts`): the worker takes it between
 * two batches of bodies, or, idle, when the task that wakes it comes (an idle pool worker sleeps
 * until its next task, so a message on a port of its own would wait); if it has not taken the search by
 * the time this thread wants it, this thread runs it itself, so nothing is waited for that it could
 * do as soon; while it waits for a search the worker has taken, it does other work it is given
 * (`meanwhile`: page bodies, which read nothing of the search). A worker that dies inside the
 * search cannot say so to a thread blocked in `Atomics.wait` (its exit is an event of this thread's
 * loop), so the wait is bounded: past it, this thread runs the search itself, with a warning.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { findRelatedPapersReusing, type KeptSearch, type RelatedInput, type RelatedOptions, type RelatedSearch } from '../annotate/collection/related.ts';
import type { KeptSpace } from '../annotate/collection/kept-vector-space.ts';
import type { TextFeatureTable } from '../annotate/collection/text-feature-table.ts';

/** Runs a task on a worker (`WorkerPool.run`): here, the one that wakes it to take the search. */
export interface WakePool {
	readonly workers: number;
	run(job: { task: 'related' }): Promise<unknown>;
}

/** The worker's end of the search: the port it reads the request on and answers on, and the claim both threads share. */
export interface RelatedWorkerEnd {
	port: MessagePort;
	/** 0 unclaimed, 1 taken by the worker, 2 given up by this thread, 3 answered. */
	claim: Int32Array;
}

/** What the worker is sent: each paper's id, entities, keyphrases and shown ones (it has titles and abstracts), the kept search and space. */
interface RelatedRequest {
	papers: Omit<RelatedInput, 'title' | 'abstract'>[];
	kept: KeptSearch | undefined;
	options: Omit<RelatedOptions, 'text' | 'keptSpace'> & { keptSpace?: { kept: KeptSpace | undefined; textKeys?: readonly string[] } };
}

/** The worker's answer: the search, and the space it kept when asked to (`RelatedOptions.keptSpace`). */
type RelatedAnswer = { search: RelatedSearch; kept: KeptSpace | undefined } | { error: string };

const UNCLAIMED = 0;
const TAKEN = 1;
const GIVEN_UP = 2;
const ANSWERED = 3;

/** The least time this thread waits for a taken search with nothing else to do before it runs the search itself. */
const LEAST_PATIENCE_MS = 60_000;

/** What this thread does while a worker searches, and how long it then waits at most. */
export interface RelatedWaitOptions {
	/** Other work, a piece a call; false when none is left. */
	meanwhile?: () => boolean;
	/** How long to wait once nothing else is left; by default thrice the time since the search was started, at least a minute. */
	patienceMs?: number;
}

/** Starts a search and gives the function that returns its result (`AnnotateCollectionOptions.searchRelated`). */
export type StartRelated = (papers: readonly RelatedInput[], kept: KeptSearch | undefined, options: RelatedOptions) => () => RelatedSearch;

/**
 * A channel for one related search on one of `pool`'s workers: `end` goes with the `prepare` job
 * (transferred), `start` posts the search to it, wakes the workers, and gives the function that
 * waits for the answer, or runs the search here if no worker has taken it by then. While it waits,
 * it calls `meanwhile` until that says there is nothing more to do, then waits up to `patienceMs`.
 */
export function relatedOnWorker(pool: WakePool, { meanwhile = () => false, patienceMs }: RelatedWaitOptions = {}): { end: RelatedWorkerEnd; start: StartRelated; close(): void } {
	const { port1, port2 } = new MessageChannel();
	port1.unref();
	const claim = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
	const start: StartRelated = (papers, kept, options) => {
		const { text: _text, keptSpace, ...limits } = options;
		const request: RelatedRequest = {
			papers: papers.map(({ id, entities, keyphrases, shown }) => ({ id, entities, keyphrases, shown })),
			kept,
			options: { ...limits, keptSpace: keptSpace && { kept: keptSpace.kept, textKeys: keptSpace.textKeys } },
		};
		const started = performance.now();
		port1.postMessage(request);
		// Any worker may get a wake-up: only the one holding the channel's other end looks.
		for (let i = 0; i < pool.workers; i++) pool.run({ task: 'related' }).catch(() => {});
		return () => {
			if (Atomics.compareExchange(claim, 0, UNCLAIMED, GIVEN_UP) === UNCLAIMED) return findRelatedPapersReusing(papers, kept, options);
			let busy = true;
			let deadline: number | undefined;
			while (Atomics.load(claim, 0) !== ANSWERED) {
				if (busy) {
					busy = meanwhile();
					continue;
				}
				const now = performance.now();
				deadline ??= now + (patienceMs ?? Math.max(LEAST_PATIENCE_MS, 3 * (now - started)));
				if (now >= deadline) {
					// Its answer, should it still come, is dropped with the channel (`close`).
					console.warn(`related search: the worker that took it gave no answer ${((now - started) / 1000).toFixed(1)} s after it was asked (has it died?); searching on this thread instead.`);
					return findRelatedPapersReusing(papers, kept, options);
				}
				Atomics.wait(claim, 0, TAKEN, deadline - now);
			}
			const answer = receiveMessageOnPort(port1)!.message as RelatedAnswer;
			if ('error' in answer) throw new Error(`related search on a worker: ${answer.error}`);
			if (answer.kept) keptSpace?.keep(answer.kept);
			return answer.search;
		};
	};
	return { end: { port: port2, claim }, start, close: () => port1.close() };
}

/** The worker's search, once `serveRelated` has been given what it needs. */
let served: { end: RelatedWorkerEnd; docs: readonly { title: string; abstract: string }[]; text: TextFeatureTable } | undefined;

/**
 * On the worker that prepared the collection: keeps its papers and text features for the search,
 * run at `relatedWaiting` once asked for.
 */
export function serveRelated(end: RelatedWorkerEnd, docs: readonly { title: string; abstract: string }[], text: TextFeatureTable): void {
	served = { end, docs, text };
}

/** Runs the search if its request is waiting: called by the task that wakes the worker, and between a task's batches. */
export function relatedWaiting(): void {
	const message = served && receiveMessageOnPort(served.end.port);
	if (message) answer(message.message as RelatedRequest);
}

function answer(request: RelatedRequest): void {
	const mine = served!;
	served = undefined;
	const { port, claim } = mine.end;
	if (Atomics.compareExchange(claim, 0, UNCLAIMED, TAKEN) !== UNCLAIMED) return;
	let reply: RelatedAnswer;
	try {
		let kept: KeptSpace | undefined;
		const { keptSpace, ...limits } = request.options;
		const papers = request.papers.map((paper, i) => ({ ...paper, title: mine.docs[i]!.title, abstract: mine.docs[i]!.abstract }));
		const search = findRelatedPapersReusing(papers, request.kept, {
			...limits,
			text: mine.text,
			keptSpace: keptSpace && { ...keptSpace, keep: (space) => (kept = space) },
		});
		reply = { search, kept };
	} catch (error) {
		reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	port.postMessage(reply);
	Atomics.store(claim, 0, ANSWERED);
	Atomics.notify(claim, 0);
}
