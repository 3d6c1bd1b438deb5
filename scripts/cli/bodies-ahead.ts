/**
 * Page bodies rendered ahead, beside the collection steps. A page body (claims table and the
 * marked abstract) reads only a paper's own text fields (`BODY_FIELDS`), not its slug, topics,
 * keyphrases or related papers; so once the papers are annotated, the workers render the
 * bodies while this thread runs the collection steps, which would otherwise leave them idle.
 *
 * This thread cannot hand out batches while it runs the collection steps, so every worker
 * gets its share of the batches at once, and each batch is claimed in a shared array before it
 * is rendered: this thread takes batches too, from the last one back, when it would otherwise
 * wait (`renderHere`: for the related search a worker runs, and once the steps are done), and
 * `finish` claims what no thread has started, so nothing is waited for that the render stage
 * could do sooner itself. A body that was not rendered ahead, or was rendered from fields the
 * record no longer holds, is simply rendered with its page.
 *
 * A worker sends each batch's bodies on a port of its own as soon as they are rendered, not all
 * at the end of its task: copying a few thousand bodies at once took a moment this thread would
 * only wait through, and it now reads them off the port when it is done.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { BODY_FIELDS, type BodyFields } from '../render/paper-mdx.ts';
import type { Paper, Span } from '../../src/shared/paper-schema.ts';
import { chunk } from './batches.ts';
import { takeBodyFields } from './kept-fields.ts';

export { bodyFields } from './kept-fields.ts';

/** A worker's share of the bodies: batches by index, and the claims every thread shares. */
export interface BodiesJob {
	task: 'bodies';
	/** Each item a body's fields, or the paper's place in the stage where the worker kept its fields (`kept-fields.ts`). */
	batches: { index: number; items: (PostedFields | number)[] }[];
	/** Per batch: 0 unclaimed, 1 taken by a worker, 2 given up by this thread, 3 taken by this thread. */
	claims: Int32Array;
	/** Where the worker sends each batch's `BodiesAnswer` as it is rendered; without one, its task answers all at once. */
	port?: MessagePort;
}

/** What a worker rendered: body texts by batch index (undefined for a body its fields do not make). */
export type BodiesAnswer = { index: number; bodies: (string | undefined)[] }[];

/** The workers bodies are rendered on: a `WorkerPool` (worker-pool.ts, whose jobs include this module's). */
export interface BodiesPool {
	readonly workers: number;
	run(job: BodiesJob, transfer?: MessagePort[]): Promise<unknown>;
}

/** A body rendered ahead, with the fields it was rendered from. */
export interface BodyAhead {
	fields: BodyFields;
	body: string;
}

/** A summary span as posted: `[start, end]` when its text is the abstract's slice, else the span itself. */
type PostedSpan = Span | [start: number, end: number];

/**
 * A body's fields as posted to a worker: the summary's sentences without their text, which the
 * abstract beside them holds. Copying every sentence again with its abstract was two fifths of the
 * bodies' copy to the worker, made on this thread as the collection steps wait to start.
 */
export type PostedFields = Omit<BodyFields, 'summary'> & { summary: Record<keyof BodyFields['summary'], PostedSpan[]> };

/** `fields` as posted: a summary span that is exactly `{ start, end, text }` of the abstract's slice goes as `[start, end]`. */
export function packFields(fields: BodyFields): PostedFields {
	const pack = (spans: Span[]): PostedSpan[] =>
		spans.map((span) => (Object.keys(span).length === 3 && fields.abstract.slice(span.start, span.end) === span.text ? [span.start, span.end] : span));
	const { problem, approach, results } = fields.summary;
	return { ...fields, summary: { problem: pack(problem), approach: pack(approach), results: pack(results) } };
}

/** The fields `packFields` was given, equal value for value. */
export function unpackFields(posted: PostedFields): BodyFields {
	const unpack = (spans: PostedSpan[]): Span[] => spans.map((span) => (Array.isArray(span) ? { start: span[0], end: span[1], text: posted.abstract.slice(span[0], span[1]) } : span));
	const { problem, approach, results } = posted.summary;
	return { ...posted, summary: { problem: unpack(problem), approach: unpack(approach), results: unpack(results) } };
}

/** Bodies per batch: a quarter of the stages' batches, since `finish` waits for the batch a worker holds. */
const BODIES_BATCH_SIZE = 25;

const TAKEN = 1;
const GIVEN_UP = 2;
const TAKEN_HERE = 3;

/**
 * Starts rendering the bodies of `fields` on the pool's workers and returns at once. Where
 * `kept(i)` is true, the worker kept the i-th paper's fields when it annotated it, and is sent
 * only `i` (`kept` only with one worker: the pool cannot choose which worker takes a batch).
 * `renderHere` renders, with `render`, the last batch no thread has claimed, on this thread, and
 * says whether there was one. `finish` gives up the batches no thread has started (unless
 * `giveUp` is false: then it waits for all) and resolves to the bodies, in input order,
 * undefined for those not rendered; it never rejects (a body not rendered ahead is rendered
 * with its page).
 */
export function renderBodiesAhead(
	pool: BodiesPool,
	fields: readonly BodyFields[],
	kept: (index: number) => boolean = () => false,
	render: (fields: BodyFields) => string | undefined = () => undefined,
): { renderHere(): boolean; finish(options?: { giveUp?: boolean }): Promise<(BodyAhead | undefined)[]> } {
	const parts = Math.ceil(fields.length / BODIES_BATCH_SIZE);
	// `chunk`'s batch size: the i-th paper is item i % size of batch ⌊i / size⌋.
	const size = Math.ceil(fields.length / parts);
	const batches = chunk(fields, parts).map((items, index) => ({
		index,
		items: items.map((f, j) => (kept(index * size + j) ? index * size + j : packFields(f))),
	}));
	const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * batches.length));
	const shares = chunk(batches, Math.min(pool.workers, batches.length));
	const channels = shares.map(() => new MessageChannel());
	// Read only by `finish`: a build that fails before it must still be free to exit.
	for (const { port1 } of channels) port1.unref();
	const answers = shares.map(
		(share, i) =>
			pool.run({ task: 'bodies', batches: share, claims, port: channels[i]!.port2 } satisfies BodiesJob, [channels[i]!.port2]).catch(() => []) as Promise<BodiesAnswer>,
	);
	// Batches this thread rendered; it takes them from the end, the workers from the start of their shares.
	const here: BodiesAnswer = [];
	let last = batches.length - 1;
	return {
		renderHere() {
			for (; last >= 0; last--) {
				if (Atomics.compareExchange(claims, last, 0, TAKEN_HERE) !== 0) continue;
				const from = last * size;
				here.push({ index: last, bodies: fields.slice(from, from + batches[last]!.items.length).map(render) });
				last--;
				return true;
			}
			return false;
		},
		async finish({ giveUp = true } = {}) {
			if (giveUp) for (let i = 0; i < batches.length; i++) Atomics.compareExchange(claims, i, 0, GIVEN_UP);
			const ahead: (BodyAhead | undefined)[] = new Array(fields.length).fill(undefined);
			const answered = [...(await Promise.all(answers)), here];
			// A worker posts on its port before it answers its task, so everything it sent is queued here by now.
			for (const { port1 } of channels) {
				const sent: BodiesAnswer = [];
				for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) sent.push(...(message.message as BodiesAnswer));
				port1.close();
				answered.push(sent);
			}
			for (const answer of answered) {
				for (const { index, bodies } of answer) {
					bodies.forEach((body, j) => {
						const at = index * batches[0]!.items.length + j;
						if (body !== undefined) ahead[at] = { fields: fields[at]!, body };
					});
				}
			}
			return ahead;
		},
	};
}

/**
 * The worker's side of a `BodiesJob`: renders each batch of its share no other thread has claimed,
 * calling `between` before each (for other work the worker holds: `related-on-worker.ts`).
 */
export function renderClaimedBodies(job: BodiesJob, render: (fields: BodyFields) => string | undefined, between: () => void = () => {}): BodiesAnswer {
	const answer: BodiesAnswer = [];
	for (const { index, items } of job.batches) {
		between();
		if (Atomics.compareExchange(job.claims, index, 0, TAKEN) !== 0) continue;
		const rendered = {
			index,
			bodies: items.map((posted) => {
				const fields = typeof posted === 'number' ? takeBodyFields(posted) : unpackFields(posted);
				return fields && render(fields);
			}),
		};
		if (job.port) job.port.postMessage([rendered] satisfies BodiesAnswer);
		else answer.push(rendered);
	}
	return answer;
}

/**
 * The body rendered ahead for `paper`, when it was rendered from the very field values the
 * record holds (a later step that replaced one makes it stale); undefined otherwise.
 */
export function bodyFor(paper: Paper, ahead: BodyAhead | undefined): string | undefined {
	return ahead && BODY_FIELDS.every((field) => paper[field] === ahead.fields[field]) ? ahead.body : undefined;
}
