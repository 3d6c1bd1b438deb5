import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateCollection, prepareCollection } from '../annotate/annotate-collection.ts';
import { annotateText } from '../annotate/annotate-text.ts';
import { loadLexicons, loadSeedPapers } from '../annotate/fixtures/seed.ts';
import { createRawPaper } from '../ingest/raw-paper.ts';
import { renderPaperMdx } from '../render/paper-mdx.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { annotateAndPrepareInWorkers, chunk, renderPagesInWorkers, threadCount } from './parallel.ts';

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

describe('annotateAndPrepareInWorkers', () => {
	it('gives exactly what annotateText and prepareCollection give in-process, in input order', async () => {
		const papers = loadSeedPapers().map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const { texts, prepared } = await annotateAndPrepareInWorkers(papers, { raws: papers, taxonomy: null }, lexiconFiles, 2);
		const lexicons = loadLexicons();
		expect(texts).toEqual(papers.map((paper) => annotateText(paper, lexicons)));
		const { raws: _raws, taxonomy: _taxonomy, ...inProcess } = prepareCollection(papers, { taxonomy: null });
		expect(prepared).toEqual(inProcess);
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

	it('rejects with the error of a paper that cannot be rendered, wherever it ran', async () => {
		const broken = Array.from({ length: 450 }, (_, i) => ({ id: `broken-${i}` }) as unknown as Paper);
		await expect(renderPagesInWorkers(broken, 2)).rejects.toThrow(/does not match the page schema/);
	});
});
