import { describe, expect, it } from 'vitest';
import { baselineProjectFiles, renderBaselineMdx } from './baseline-project.ts';
import { ratioLines, ratiosOf, renderMarkdown, totalOf, type BenchResult, type PipelineResult } from './report.ts';

const pipeline = (phases: [string, number, number, number][], pages: number): PipelineResult => {
	const measured = phases.map(([phase, wallSeconds, cpuSeconds, peakRssMiB]) => ({ phase, wallSeconds, cpuSeconds, peakRssMiB }));
	const total = totalOf(measured);
	return { phases: measured, total, pages, pagesPerSecond: pages / total.wallSeconds, distBytes: 5_000_000, pagefindBytes: 1_000_000 };
};

describe('totalOf', () => {
	it('adds wall and CPU time and keeps the largest peak memory', () => {
		expect(totalOf([
			{ wallSeconds: 1, cpuSeconds: 2, peakRssMiB: 300 },
			{ wallSeconds: 3, cpuSeconds: 1, peakRssMiB: 900 },
		])).toEqual({ wallSeconds: 4, cpuSeconds: 3, peakRssMiB: 900 });
	});
});

describe('ratioLines', () => {
	it('prints the two lines the issue asks for, paperfold over baseline', () => {
		const ratios = ratiosOf({ wallSeconds: 30, cpuSeconds: 0, peakRssMiB: 1000 }, { wallSeconds: 40, cpuSeconds: 0, peakRssMiB: 2000 });
		expect(ratioLines(ratios)).toBe('time ratio (paperfold/baseline): 0.75\nmemory ratio (paperfold/baseline): 0.50');
	});
});

/** A one-size result of the two pipelines, with the reader-side figures given. */
function benchResult(paperfold: PipelineResult, baseline: PipelineResult, reader: Pick<BenchResult, 'pageWeight' | 'searchTransfer'>): BenchResult {
	return {
		papers: 100,
		date: '2026-01-01 00:00 UTC',
		machine: { cpus: 2, memoryGiB: 8, node: '24.0.0' },
		paperfold,
		baseline,
		ratios: ratiosOf(paperfold.total, baseline.total),
		incremental: null,
		...reader,
	};
}

describe('renderMarkdown', () => {
	it('shows every phase, the totals, the sizes and the ratios', () => {
		const paperfold = pipeline([['parse', 1, 1, 200], ['astro build', 9, 8, 1200]], 150);
		const baseline = pipeline([['astro build (baseline)', 20, 19, 2400]], 100);
		const markdown = renderMarkdown(
			benchResult(paperfold, baseline, { pageWeight: { page: 'papers/a/', gzipBytes: 7300, scripts: 2, externalScripts: 0 }, searchTransfer: null }),
		);
		expect(markdown).toContain('| paperfold | parse | 1.0 s | 1.0 s | 200 MiB |');
		expect(markdown).toContain('| paperfold | **total** | **10.0 s** | 9.0 s | **1200 MiB** |');
		expect(markdown).toContain('| baseline | **total** | **20.0 s** | 19.0 s | **2400 MiB** |');
		expect(markdown).toContain('| pages per second | 15 | 5 |');
		expect(markdown).toContain('time ratio (paperfold/baseline): 0.50');
		expect(markdown).toContain('Paper page weight: 7.3 kB gzip');
	});

	it('shows paperfold alone, without baseline rows or ratios, for a run without a baseline', () => {
		const paperfold = pipeline([['astro build + Pagefind', 300, 280, 5200]], 70_000);
		const none: PipelineResult = { phases: [], total: totalOf([]), pages: 0, pagesPerSecond: 0, distBytes: 0, pagefindBytes: 0 };
		const markdown = renderMarkdown(benchResult(paperfold, none, { pageWeight: null, searchTransfer: null }));
		expect(markdown).toContain('### 100 papers (no baseline)');
		expect(markdown).toContain('| paperfold | **total** | **300.0 s** | 280.0 s | **5200 MiB** |');
		expect(markdown).toContain('HTML pages: 70000 · dist/ size: 5.0 MB · Pagefind index: 1.0 MB');
		expect(markdown).not.toContain('baseline |');
		expect(markdown).not.toContain('ratio');
	});

	it('reports the page, the first and further queries and the service worker apart', () => {
		const paperfold = pipeline([['astro build', 9, 8, 1200]], 150);
		const baseline = pipeline([['astro build (baseline)', 20, 19, 2400]], 100);
		const query = (q: string, bytes: number) => ({ query: q, bytes, requests: 3, files: [] });
		const markdown = renderMarkdown(
			benchResult(paperfold, baseline, {
				pageWeight: null,
				searchTransfer: {
					page: 'papers/a/',
					pageLoadBytes: 9_800,
					pageLoadScriptRequests: 0,
					firstQuery: query('reinforcement learning', 130_600),
					furtherQueries: [query('prompt', 27_000)],
					serviceWorker: { bytes: 2_200_000, requests: 40, settled: true, indexListed: true },
				},
			}),
		);
		expect(markdown).toContain('paper page 9.8 kB with 0 script request(s) before interaction');
		expect(markdown).toContain('first search “reinforcement learning” 130.6 kB (3 requests); further queries: “prompt” 27.0 kB.');
		expect(markdown).toContain('the service worker caches the search index for offline use in the background: 2200.0 kB in 40 requests.');
	});
});

describe('baselineProjectFiles', () => {
	it('is a bare Astro + MDX project: config, one route, one page per paper', () => {
		const files = baselineProjectFiles([
			{ title: 'A: one', abstract: 'First {x} <b>abstract</b>.' },
			{ title: 'A: one', abstract: 'Second.' },
		]);
		const paths = files.map((f) => f.path);
		expect(paths).toEqual(['package.json', 'astro.config.mjs', 'src/content.config.ts', 'src/pages/[...slug].astro', 'content/papers/a-one.mdx', 'content/papers/a-one-1.mdx']);
		expect(files[1].content).toContain('integrations: [mdx()]');
	});

	it('escapes the abstract so MDX shows it as text', () => {
		expect(renderBaselineMdx({ title: 'T: "q"', abstract: 'Cost {x} <b>bold</b>' })).toBe('---\ntitle: \'T: "q"\'\n---\n\nCost \\{x} \\<b>bold\\</b>\n');
	});
});
