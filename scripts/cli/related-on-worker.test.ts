import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { annotateCollection, completeCollection, prepareCollection } from '../annotate/annotate-collection.ts';
import type { KeptSpace } from '../annotate/collection/kept-vector-space.ts';
import { findRelatedPapersReusing } from '../annotate/collection/related.ts';
import { loadLexicons, loadSeedPapers } from '../annotate/fixtures/seed.ts';
import { createRawPaper } from '../ingest/raw-paper.ts';
import { annotateAndPrepareInWorkers } from './parallel.ts';
import { relatedOnWorker, type StartRelated } from './related-on-worker.ts';
import { withWorkerPool } from './worker-pool.ts';

const lexiconDir = new URL('../../content/lexicons/', import.meta.url);
const lexiconFiles = readdirSync(lexiconDir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => ({ file: `content/lexicons/${f}`, text: readFileSync(new URL(f, lexiconDir), 'utf8') }));
const raws = loadSeedPapers().map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
const lexicons = loadLexicons();

/** `start`, whose answer is waited for until the worker has given it (so it never runs here). */
const answeredByWorker =
	(start: StartRelated, claim: Int32Array): StartRelated =>
	(...search) => {
		const finish = start(...search);
		return () => {
			for (let state = Atomics.load(claim, 0); state !== 3; state = Atomics.load(claim, 0)) {
				expect(state).not.toBe(2);
				Atomics.wait(claim, 0, state, 50);
			}
			return finish();
		};
	};

describe('relatedOnWorker', () => {
	it('gives the records, and keeps the space, that the collection steps give with the search run here', async () => {
		const kept: { here?: KeptSpace; worker?: KeptSpace } = {};
		let related!: ReturnType<typeof relatedOnWorker>;
		const onWorker = await withWorkerPool(2, async (pool) => {
			related = relatedOnWorker(pool);
			const { texts, prepared } = await annotateAndPrepareInWorkers(raws, { raws, taxonomy: null }, lexiconFiles, pool, lexicons, false, related.end);
			return completeCollection(
				{ ...prepared, raws, taxonomy: null },
				{
					lexicons,
					texts: texts.map((t) => t.text),
					keyphrases: texts.map((t) => t.keyphrases),
					keptSpace: { kept: undefined, keep: (space) => (kept.worker = space) },
					searchRelated: answeredByWorker(related.start, related.end.claim),
				},
			);
		});
		related.close();
		const here = completeCollection(prepareCollection(raws, { taxonomy: null }), { lexicons, keptSpace: { kept: undefined, keep: (space) => (kept.here = space) } });
		expect(onWorker.papers.some((paper) => paper.related.length > 0)).toBe(true);
		expect(JSON.stringify(onWorker)).toBe(JSON.stringify(here));
		expect(kept.worker).toBeDefined();
		expect(kept.worker).toEqual(kept.here);
	});

	it('reuses the kept search it is sent, as the search here does', async () => {
		const first = annotateCollection(raws, { taxonomy: null, lexicons });
		// One paper changed: the others' lists come from the kept search.
		const changed = raws.map((raw, i) => (i === 1 ? { ...raw, abstract: `${raw.abstract} We also release an extended evaluation suite.` } : raw));
		const keptRelated = () => first.relatedSearch;
		let related!: ReturnType<typeof relatedOnWorker>;
		const onWorker = await withWorkerPool(2, async (pool) => {
			related = relatedOnWorker(pool);
			const { texts, prepared } = await annotateAndPrepareInWorkers(changed, { raws: changed, taxonomy: null }, lexiconFiles, pool, lexicons, false, related.end);
			return completeCollection(
				{ ...prepared, raws: changed, taxonomy: null },
				{ lexicons, texts: texts.map((t) => t.text), keyphrases: texts.map((t) => t.keyphrases), keptRelated, searchRelated: answeredByWorker(related.start, related.end.claim) },
			);
		});
		related.close();
		const here = completeCollection(prepareCollection(changed, { taxonomy: null }), { lexicons, keptRelated });
		expect(JSON.stringify(onWorker.relatedSearch)).toBe(JSON.stringify(here.relatedSearch));
	});

	it('runs the search here when no worker has taken it', () => {
		const related = relatedOnWorker({ workers: 0, run: () => Promise.resolve() });
		const papers = raws.map((raw, i) => ({ id: `p${i}`, title: raw.title, abstract: raw.abstract }));
		const result = related.start(papers, undefined, {})();
		related.close();
		expect(Atomics.load(related.end.claim, 0)).toBe(2);
		expect(result).toEqual(findRelatedPapersReusing(papers, undefined, {}));
	});

	const papers = raws.map((raw, i) => ({ id: `p${i}`, title: raw.title, abstract: raw.abstract }));

	it('does the other work it is given while a worker searches, and takes the worker\'s answer', () => {
		const answer = { search: { papers: [], capped: {} }, kept: undefined };
		let calls = 0;
		// The worker's side, played here: it took the search, and answers during the second piece of other work.
		const meanwhile = () => {
			if (++calls === 2) {
				related.end.port.postMessage(answer);
				Atomics.store(related.end.claim, 0, 3);
			}
			return true;
		};
		const related = relatedOnWorker({ workers: 0, run: () => Promise.resolve() }, { meanwhile });
		const finish = related.start(papers, undefined, {});
		Atomics.store(related.end.claim, 0, 1);
		const result = finish();
		related.close();
		related.end.port.close();
		expect(calls).toBe(2);
		expect(result).toEqual(answer.search);
	});

	it('runs the search here, with a warning, when the worker that took it never answers', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const pieces = [true, true, false];
		const related = relatedOnWorker({ workers: 0, run: () => Promise.resolve() }, { meanwhile: () => pieces.shift() ?? false, patienceMs: 20 });
		const finish = related.start(papers, undefined, {});
		// Taken by a worker that then died: nothing will change the claim again.
		Atomics.store(related.end.claim, 0, 1);
		const result = finish();
		related.close();
		related.end.port.close();
		expect(pieces).toEqual([]);
		expect(result).toEqual(findRelatedPapersReusing(papers, undefined, {}));
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^related search: the worker that took it gave no answer/));
		warn.mockRestore();
	});
});
