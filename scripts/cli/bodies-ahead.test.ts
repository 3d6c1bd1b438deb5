import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { annotateCollection } from '../annotate/annotate-collection.ts';
import { loadLexicons, loadSeedPapers } from '../annotate/fixtures/seed.ts';
import { createRawPaper } from '../ingest/raw-paper.ts';
import { renderPaperBody, type BodyFields } from '../render/paper-mdx.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { bodyFields, bodyFor, packFields, renderBodiesAhead, renderClaimedBodies, unpackFields, type BodiesJob } from './bodies-ahead.ts';
import { BATCH_SIZE } from './batches.ts';
import { keepBodyFields, takeBodyFields } from './kept-fields.ts';
import { withWorkerPool } from './worker-pool.ts';

/** Annotated seed papers, `copies` times over with distinct titles. */
function seedPapers(copies: number): Paper[] {
	const raws = Array.from({ length: copies }, (_, copy) => loadSeedPapers().map((p) => ({ ...p, title: `${p.title} (${copy})` })))
		.flat()
		.map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
	return annotateCollection(raws, { taxonomy: null, lexicons: loadLexicons() }).papers;
}

const papers = seedPapers(5);
const fields = papers.map((paper) => bodyFields(paper, paper));

describe('renderBodiesAhead', () => {
	it('renders on a worker exactly the bodies renderPaperBody renders here, in input order', async () => {
		expect(fields.length).toBeGreaterThan(2 * BATCH_SIZE);
		const ahead = await withWorkerPool(2, (pool) => renderBodiesAhead(pool, fields).finish({ giveUp: false }));
		expect(ahead.map((a) => a?.body)).toEqual(fields.map(renderPaperBody));
		// Each body keeps the very fields it was rendered from, for bodyFor.
		ahead.forEach((a, i) => expect(a?.fields).toBe(fields[i]));
	});

	it('renders here, from the last batch back, what no worker has claimed, and gives it with the workers\' bodies', async () => {
		const jobs: BodiesJob[] = [];
		const pool = { workers: 1, run: (job: BodiesJob) => (jobs.push(job), Promise.resolve([])) };
		const bodies = renderBodiesAhead(pool, fields, () => false, renderPaperBody);
		const claims = jobs[0]!.claims;
		expect(bodies.renderHere()).toBe(true);
		expect([...claims].slice(-2)).toEqual([0, 3]);
		// The worker's side, played here: it renders every batch from the start that no thread has claimed.
		renderClaimedBodies(jobs[0]!, renderPaperBody);
		expect(bodies.renderHere()).toBe(false);
		expect([...claims].slice(-2)).toEqual([1, 3]);
		const ahead = await bodies.finish();
		expect(ahead.map((a) => a?.body)).toEqual(fields.map(renderPaperBody));
		ahead.forEach((a, i) => expect(a?.fields).toBe(fields[i]));
	});

	it('gives up what no worker has started when finished at once, and what it gives is right', async () => {
		const ahead = await withWorkerPool(2, (pool) => renderBodiesAhead(pool, fields).finish());
		expect(ahead).toHaveLength(fields.length);
		ahead.forEach((a, i) => {
			if (a) expect(a.body).toBe(renderPaperBody(fields[i]!));
		});
	});
});

describe('renderClaimedBodies', () => {
	const batch = (index: number): BodiesJob['batches'][number] => ({ index, items: fields.slice(index * 2, index * 2 + 2).map(packFields) });

	it('renders only the batches no other thread has claimed, and claims them', () => {
		const claims = new Int32Array(new SharedArrayBuffer(12));
		claims[1] = 2;
		const job: BodiesJob = { task: 'bodies', batches: [batch(0), batch(1), batch(2)], claims };
		const answer = renderClaimedBodies(job, (f) => `body of ${f.tldr!.text.slice(0, 10)}`);
		expect(answer.map((a) => a.index)).toEqual([0, 2]);
		expect(answer[1]!.bodies).toEqual(fields.slice(4, 6).map((f) => `body of ${f.tldr!.text.slice(0, 10)}`));
		expect([...claims]).toEqual([1, 2, 1]);
	});

	it('sends each batch on the job\'s port as it is rendered, and answers nothing itself', () => {
		const { port1, port2 } = new MessageChannel();
		const job: BodiesJob = { task: 'bodies', batches: [batch(0), batch(1)], claims: new Int32Array(new SharedArrayBuffer(8)), port: port2 };
		expect(renderClaimedBodies(job, (f) => f.tldr!.text)).toEqual([]);
		const sent = [receiveMessageOnPort(port1)?.message, receiveMessageOnPort(port1)?.message, receiveMessageOnPort(port1)];
		port1.close();
		expect(sent).toEqual([[{ index: 0, bodies: fields.slice(0, 2).map((f) => f.tldr!.text) }], [{ index: 1, bodies: fields.slice(2, 4).map((f) => f.tldr!.text) }], undefined]);
	});
});

describe('renderClaimedBodies with kept fields', () => {
	it('renders a paper sent by its place from the fields this thread kept, lets them go, and nothing for a place it keeps none of', () => {
		keepBodyFields(500, papers.slice(0, 2), papers.slice(0, 2));
		const job: BodiesJob = { task: 'bodies', batches: [{ index: 0, items: [500, packFields(fields[2]!), 501, 900] }], claims: new Int32Array(new SharedArrayBuffer(4)) };
		const [rendered] = renderClaimedBodies(job, renderPaperBody);
		expect(rendered!.bodies).toEqual([renderPaperBody(fields[0]!), renderPaperBody(fields[2]!), renderPaperBody(fields[1]!), undefined]);
		expect(takeBodyFields(500)).toBeUndefined();
	});
});

describe('bodyFor', () => {
	const paper = papers[0]!;
	const body = renderPaperBody(fields[0]!)!;

	it('gives the body rendered from the very fields the record holds', () => {
		expect(bodyFor(paper, { fields: fields[0]!, body })).toBe(body);
	});

	it('gives nothing when a step replaced a field since, even with an equal value, or when there is none', () => {
		expect(bodyFor({ ...paper, claims: [...paper.claims] }, { fields: fields[0]!, body })).toBeUndefined();
		expect(bodyFor({ ...paper, abstract: `${paper.abstract} ` }, { fields: fields[0]!, body })).toBeUndefined();
		expect(bodyFor(paper, undefined)).toBeUndefined();
	});
});

describe('packFields', () => {
	it('posts summary sentences as offsets into the abstract, and unpacks them to equal fields', () => {
		for (const field of fields) {
			const packed = packFields(field);
			expect(Object.values(packed.summary).flat().every(Array.isArray)).toBe(true);
			expect(unpackFields(structuredClone(packed))).toEqual(field);
		}
	});

	it('keeps a span whose text is not the abstract’s slice as it is', () => {
		const field = fields[0]!;
		const odd = { start: 0, end: 3, text: 'not the slice' };
		const changed: BodyFields = { ...field, summary: { ...field.summary, problem: [odd, ...field.summary.problem] } };
		const packed = packFields(changed);
		expect(packed.summary.problem[0]).toBe(odd);
		expect(unpackFields(packed)).toEqual(changed);
	});
});
