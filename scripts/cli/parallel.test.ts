import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateCollection, prepareCollection } from '../annotate/annotate-collection.ts';
import { annotatePaper } from '../annotate/annotate-paper.ts';
import { loadLexicons, loadSeedPapers } from '../annotate/fixtures/seed.ts';
import { createRawPaper } from '../ingest/raw-paper.ts';
import { renderPaperBody, renderPaperMdx } from '../render/paper-mdx.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { hasEnded, runScript, workersStartedBy } from '../../src/shared/testing/worker-threads.ts';
import { bodyFields, renderBodiesAhead } from './bodies-ahead.ts';
import { BATCH_SIZE, chunk, TAIL_BATCH_SIZE, taperedBatches } from './batches.ts';
import { annotateAndPrepareInWorkers, annotateInWorkers, renderPagesInWorkers, renderPagesWithBodies, threadCount } from './parallel.ts';
import { withWorkerPool } from './worker-pool.ts';

const lexiconDir = new URL('../../content/lexicons/', import.meta.url);
const lexiconFiles = readdirSync(lexiconDir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => ({ file: `content/lexicons/${f}`, text: readFileSync(new URL(f, lexiconDir), 'utf8') }));

describe('threadCount', () => {
	it('stays in-process for small collections and uses every core for large ones', () => {
		expect(threadCount(48, 2)).toBe(1);
		expect(threadCount(10_000, 2)).toBe(2);
		expect(threadCount(10_000, 8)).toBe(8);
	});
});

describe('chunk', () => {
	it('splits into contiguous parts that keep order', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2, 3], [4, 5]]);
		expect(chunk([1], 4)).toEqual([[1]]);
	});
});

describe('taperedBatches', () => {
	it('keeps every item in order, in full batches first and small ones at the end', () => {
		for (const count of [0, 1, 99, 250, 301, 5000]) {
			const items = Array.from({ length: count }, (_, i) => i);
			const batches = taperedBatches(items, 1);
			expect(batches.flat()).toEqual(items);
			expect(batches.every((batch) => batch.length > 0 && batch.length <= BATCH_SIZE)).toBe(true);
			expect(batches.slice(-3).every((batch) => batch.length <= TAIL_BATCH_SIZE)).toBe(true);
		}
	});
});

describe('annotateAndPrepareInWorkers', () => {
	it('gives exactly what annotatePaper and prepareCollection give in-process, in input order', async () => {
		const papers = loadSeedPapers().map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const { texts, prepared } = await withWorkerPool(2, (pool) => annotateAndPrepareInWorkers(papers, { raws: papers, taxonomy: null }, lexiconFiles, pool));
		const lexicons = loadLexicons();
		expect(texts).toEqual(papers.map((paper) => annotatePaper(paper, lexicons)));
		const { raws: _raws, taxonomy: _taxonomy, ...inProcess } = prepareCollection(papers, { taxonomy: null });
		expect(prepared).toEqual(inProcess);
	});

	it('annotates on the workers with the lexicons this thread parsed, not by parsing the files again', async () => {
		const papers = loadSeedPapers().map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const lexicons = loadLexicons();
		// No files at all: a worker that parsed them would annotate without any lexicon.
		const { texts } = await withWorkerPool(2, (pool) => annotateAndPrepareInWorkers(papers, { raws: papers, taxonomy: null }, [], pool, lexicons));
		expect(texts).toEqual(papers.map((paper) => annotatePaper(paper, lexicons)));
	});
});

describe('annotateAndPrepareInWorkers keeping body fields', () => {
	it('marks the papers a lone worker annotated, whose bodies it then renders from the fields it kept', async () => {
		const raws = loadSeedPapers().map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const lexicons = loadLexicons();
		const { texts, kept, ahead, sent } = await withWorkerPool(2, async (pool) => {
			const { texts, kept } = await annotateAndPrepareInWorkers(raws, { raws, taxonomy: null }, lexiconFiles, pool, lexicons, true);
			const fields = raws.map((raw, i) => bodyFields(raw, texts[i]!.text));
			const sent: unknown[] = [];
			const spy = { workers: pool.workers, run: (job: Parameters<typeof pool.run>[0], transfer?: Parameters<typeof pool.run>[1]) => (sent.push(job), pool.run(job, transfer)) };
			const ahead = await renderBodiesAhead(spy, fields, (i) => kept[i]!).finish({ giveUp: false });
			return { texts, kept, ahead, sent };
		});
		expect(texts).toEqual(raws.map((paper) => annotatePaper(paper, lexicons)));
		expect(kept.some(Boolean)).toBe(true);
		// Only the papers the worker did not keep go to it with their fields.
		const items = (sent as { batches: { items: unknown[] }[] }[]).flatMap((job) => job.batches.flatMap((b) => b.items));
		expect(items.filter((item) => typeof item === 'number')).toEqual(kept.flatMap((k, i) => (k ? [i] : [])));
		ahead.forEach((a, i) => expect(a?.body).toBe(renderPaperBody(bodyFields(raws[i]!, texts[i]!.text))));
	});
});

describe('annotateInWorkers', () => {
	it('runs the collection steps here on what the workers annotated, and gives each paper its body', async () => {
		const raws = loadSeedPapers().map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const lexicons = loadLexicons();
		const { completed, bodies } = await annotateInWorkers(raws, { raws, taxonomy: null }, lexiconFiles, 2, lexicons, (texts, prepared) => ({ texts, prepared }));
		expect(completed.texts).toEqual(raws.map((paper) => annotatePaper(paper, lexicons)));
		const { raws: _raws, taxonomy: _taxonomy, ...inProcess } = prepareCollection(raws, { taxonomy: null });
		expect(completed.prepared).toEqual(inProcess);
		expect(bodies).toHaveLength(raws.length);
		bodies.forEach((ahead, i) => {
			if (ahead) expect(ahead.body).toBe(renderPaperBody(bodyFields(raws[i]!, completed.texts[i]!.text)));
		});
	});
});

describe('renderPagesWithBodies', () => {
	it('puts pages together from bodies rendered ahead, renders the others whole, and keeps input order', async () => {
		const raws = loadSeedPapers().map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const { papers } = annotateCollection(raws, { taxonomy: null, lexicons: loadLexicons() });
		const ahead = papers.map((paper, i) => {
			if (i % 3 === 0) return undefined;
			const fields = bodyFields(paper, paper);
			// A wrong body whose fields the record no longer holds must not be used.
			return i % 3 === 1 ? { fields, body: renderPaperBody(fields)! } : { fields: { ...fields, claims: [...fields.claims] }, body: 'stale' };
		});
		const page = await renderPagesWithBodies(papers, ahead);
		expect(papers.map((_, i) => page(i))).toEqual(papers.map(renderPaperMdx));
	});
});

describe('renderPagesInWorkers', () => {
	it('gives exactly what renderPaperMdx gives in-process, in input order', async () => {
		const raws = loadSeedPapers()
			.slice(0, 6)
			.map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const { papers } = annotateCollection(raws, { taxonomy: null, lexicons: loadLexicons() });
		expect(await renderPagesInWorkers(papers, 2)).toEqual(papers.map(renderPaperMdx));
	});
});

describe('renderPagesInWorkers with more batches than workers', () => {
	it('shares the batches between a worker and this thread and keeps input order', async () => {
		const raws = Array.from({ length: 5 }, () => loadSeedPapers())
			.flat()
			.map((p, i) => createRawPaper({ ...p, title: `${p.title} ${i}`, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const { papers } = annotateCollection(raws, { taxonomy: null, lexicons: loadLexicons() });
		expect(papers.length).toBeGreaterThan(200);
		expect(await renderPagesInWorkers(papers, 2)).toEqual(papers.map(renderPaperMdx));
	});

});

/** Papers the page schema rejects, each named by id, title and source line. */
const brokenPapers = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ id: `broken-${i}`, title: `Broken ${i}`, sources: [{ file: 'listing.txt', line: i + 1 }] }) as unknown as Paper);
const namesBrokenPaper = /rendering failed for paper "broken-(\d+)" \("Broken \1", listing\.txt:\d+\): Paper "broken-\1" does not match the page schema/;

describe('a paper that fails in a worker', () => {
	it('rejects the render naming the paper and its source, and ends every worker', async () => {
		const started = await workersStartedBy(() => expect(renderPagesInWorkers(brokenPapers(450), 2)).rejects.toThrow(namesBrokenPaper));
		expect(started.length).toBeGreaterThan(0);
		expect(started.filter((worker) => !hasEnded(worker))).toEqual([]);
	});

	it('rejects the annotation naming the paper, and ends every worker', async () => {
		const papers = Array.from({ length: 450 }, (_, i) => ({ title: `Unreadable ${i}`, abstract: null as unknown as string, sources: [{ file: 'feed.xml', line: i + 1, format: 'arxiv-atom' as const }] }));
		const started = await workersStartedBy(() =>
			expect(withWorkerPool(2, (pool) => annotateAndPrepareInWorkers(papers, { raws: [], taxonomy: null }, lexiconFiles, pool))).rejects.toThrow(
				/annotation failed for paper \("Unreadable (\d+)", feed\.xml:\d+\): /,
			),
		);
		expect(started.length).toBeGreaterThan(0);
		expect(started.filter((worker) => !hasEnded(worker))).toEqual([]);
	});

	it('ends the process cleanly with a message naming the paper, with no unhandled rejection', () => {
		const script = `
			import { renderPagesInWorkers } from ${JSON.stringify(new URL('./parallel.ts', import.meta.url).href)};
			process.on('unhandledRejection', (error) => { console.error('unhandled rejection:', error); process.exitCode = 99; });
			const broken = Array.from({ length: 450 }, (_, i) => ({ id: 'broken-' + i, title: 'Broken ' + i, sources: [{ file: 'listing.txt', line: i + 1 }] }));
			try { await renderPagesInWorkers(broken, 2); } catch (error) { console.error('paperfold: ' + error.message); process.exitCode = 3; }`;
		const run = runScript(script);
		expect(run.stderr).not.toContain('unhandled');
		expect(run.stderr).toMatch(new RegExp(`^paperfold: ${namesBrokenPaper.source}`, 'm'));
		expect(run.status).toBe(3);
	});
});
