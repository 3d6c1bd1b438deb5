import { describe, expect, it } from 'vitest';
import { baselineProjectFiles, renderBaselineMdx } from './baseline-project.ts';
import { distWeight } from './dist-weight.ts';
import { parseSiteRebuild, ratioLines, ratiosOf, renderMarkdown, totalOf, type BenchResult, type PipelineResult } from './report.ts';

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
			benchResult(paperfold, baseline, { pageWeight: { page: 'papers/a/', gzipBytes: 7300, scripts: 2, externalScripts: 1, inlineScriptBytes: 190 }, searchTransfer: null }),
		);
		expect(markdown).toContain('| paperfold | parse | 1.0 s | 1.0 s | 200 MiB |');
		expect(markdown).toContain('| paperfold | **total** | **10.0 s** | 9.0 s | **1200 MiB** |');
		expect(markdown).toContain('| baseline | **total** | **20.0 s** | 19.0 s | **2400 MiB** |');
		expect(markdown).toContain('| pages per second | 15 | 5 |');
		expect(markdown).toContain('time ratio (paperfold/baseline): 0.50');
		expect(markdown).toContain('Page budget (heaviest paper page, `papers/a/`): 7.3 kB gzip with its CSS and JS (within 8.0 kB); inline script 190 bytes at most on a paper page (within 200); script files fetched before search: not measured');
	});

	it('shows dist/ per paper by kind and says when the page budget is exceeded', () => {
		const paperfold = pipeline([['astro build', 9, 8, 1200]], 150);
		const baseline = pipeline([['astro build (baseline)', 20, 19, 2400]], 100);
		const markdown = renderMarkdown({
			...benchResult(paperfold, baseline, { pageWeight: { page: 'papers/a/', gzipBytes: 8600, scripts: 1, externalScripts: 0, inlineScriptBytes: 3071 }, searchTransfer: null }),
			distWeight: distWeight(
				[
					{ path: 'papers/a/index.html', bytes: 15_000 },
					{ path: 'papers.json', bytes: 7000 },
				],
				1,
			),
		});
		expect(markdown).toContain('dist/ per paper: **22.0 kB** (0.0 MB in all; over the 12.0 kB budget).');
		expect(markdown).toContain('| paper pages | 15.0 kB | 0.0 MB |');
		expect(markdown).toContain('| papers.json | 7.0 kB | 0.0 MB |');
		expect(markdown).toContain('8.6 kB gzip with its CSS and JS (**over** 8.0 kB); inline script 3071 bytes at most on a paper page (**over** 200)');
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

	it('prints the dist/ weight and the page budget in a run without a baseline too', () => {
		const paperfold = pipeline([['astro build + Pagefind', 300, 280, 5200]], 70_000);
		const none: PipelineResult = { phases: [], total: totalOf([]), pages: 0, pagesPerSecond: 0, distBytes: 0, pagefindBytes: 0 };
		const markdown = renderMarkdown({
			...benchResult(paperfold, none, { pageWeight: { page: 'papers/a/', gzipBytes: 7600, scripts: 2, externalScripts: 1, inlineScriptBytes: 103 }, searchTransfer: null }),
			distWeight: distWeight([{ path: 'papers/a/index.html', bytes: 11_000 }], 1),
		});
		expect(markdown).toContain('dist/ per paper: **11.0 kB** (0.0 MB in all; within the 12.0 kB budget).');
		expect(markdown).toContain('| paper pages | 11.0 kB | 0.0 MB |');
		expect(markdown).toContain('7.6 kB gzip with its CSS and JS (within 8.0 kB); inline script 103 bytes at most on a paper page (within 200)');
	});

	it('allows one script file before search, the shared page.js, and says when a page fetches more', () => {
		const paperfold = pipeline([['astro build', 9, 8, 1200]], 150);
		const none: PipelineResult = { phases: [], total: totalOf([]), pages: 0, pagesPerSecond: 0, distBytes: 0, pagefindBytes: 0 };
		const fetching = (pageLoadScriptRequests: number) =>
			renderMarkdown(
				benchResult(paperfold, none, {
					pageWeight: { page: 'papers/a/', gzipBytes: 7600, scripts: 2, externalScripts: 1, inlineScriptBytes: 103 },
					searchTransfer: { page: 'papers/a/', pageLoadBytes: 9_800, pageLoadScriptRequests, firstQuery: { query: 'prompt', bytes: 27_000, requests: 3, files: [] }, furtherQueries: [], serviceWorker: null },
				}),
			);
		expect(fetching(1)).toContain('script files fetched before search: 1 (within 1, the shared page.js); 2 script element(s), 1 of them external.');
		expect(fetching(2)).toContain('script files fetched before search: 2 (**over** 1, the shared page.js)');
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

	it('reports what the typo dictionary adds before search and to a first misspelt query', () => {
		const markdown = renderMarkdown(
			benchResult(pipeline([['astro build', 9, 8, 1200]], 150), pipeline([['astro build (baseline)', 20, 19, 2400]], 100), {
				pageWeight: null,
				searchTransfer: {
					page: 'papers/a/',
					pageLoadBytes: 9_800,
					pageLoadScriptRequests: 0,
					firstQuery: { query: 'prompt', bytes: 27_000, requests: 3, files: [] },
					furtherQueries: [],
					serviceWorker: null,
					typoDictionary: { query: 'reinfrocement', beforeSearchBytes: 0, firstQueryBytes: 23_100, firstQueryTotalBytes: 150_000, suggestion: 'reinforcement' },
				},
			}),
		);
		expect(markdown).toContain(
			'Typo dictionary (`search-terms.js`, goal ≤ 30 kB): 0.0 kB on the page before search; a first misspelt query “reinfrocement” fetches 23.1 kB of it (150.0 kB in all), and “Did you mean reinforcement?”.',
		);
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

describe('parseSiteRebuild', () => {
	it('reads the rendered and reused counts and whether the search index was reused', () => {
		const output = 'paperfold: …\nsearch: no indexed page changed; the previous index was reused\nsite: 176 pages in 2.9 s (3 files rendered, 198 reused) · search: 48 pages indexed\n';
		expect(parseSiteRebuild(output)).toEqual({ rendered: 3, reused: 198, searchIndex: 'reused' });
		expect(parseSiteRebuild('site: 176 pages in 2.9 s (201 files rendered, 0 reused) · search: 48 pages indexed')).toEqual({ rendered: 201, reused: 0, searchIndex: 'rebuilt' });
	});

	it('tells a search index patched with the changed pages from one built again', () => {
		const output = 'search: 1 changed page(s) patched into the previous index in 2.1 s\nsite: 179 pages in 8.1 s (28 files rendered, 166 reused) · search: 48 pages indexed\n';
		expect(parseSiteRebuild(output)).toEqual({ rendered: 28, reused: 166, searchIndex: 'patched' });
	});

	it('is null when the build did not say (incremental builds off)', () => {
		expect(parseSiteRebuild('site: 176 pages in 2.9 s · search: 48 pages indexed')).toBeNull();
	});
});

describe('renderMarkdown, rebuild rows', () => {
	it('gives the rebuild and the CI rebuild as ratios of the full build, with pages rendered and reused', () => {
		const paperfold = pipeline([['astro build', 10, 8, 1200]], 150);
		const baseline = pipeline([['astro build (baseline)', 20, 19, 2400]], 100);
		const measured = { phase: 'npm run build', wallSeconds: 1.5, cpuSeconds: 1, peakRssMiB: 500 };
		const site = { rendered: 4, reused: 146, searchIndex: 'rebuilt' as const };
		const result = benchResult(paperfold, baseline, { pageWeight: null, searchTransfer: null });
		result.incremental = {
			phases: [measured],
			total: totalOf([measured]),
			mdxRewritten: 1,
			mdxUnchanged: 99,
			ratio: 0.15,
			site,
			ci: { phases: [measured], total: totalOf([{ ...measured, wallSeconds: 3 }]), ratio: 0.3, site },
		};
		const markdown = renderMarkdown(result);
		expect(markdown).toContain('(npm run build 1.5 s, 1.0 s CPU).');
		expect(markdown).toContain('Rebuild after one changed abstract: **0.15** of the full build\'s wall time; 4 page(s) rendered, 146 reused, search index rebuilt.');
		expect(markdown).toMatch(/CI rebuild with restored cache .*: 3\.0 s wall, 500 MiB peak, \*\*0\.30\*\* of the full build; 4 page/);
	});

	it('gives the rebuild rows in a run without the baseline too', () => {
		const paperfold = pipeline([['astro build', 10, 8, 1200]], 150);
		const none: PipelineResult = { phases: [], total: totalOf([]), pages: 0, pagesPerSecond: 0, distBytes: 0, pagefindBytes: 0 };
		const measured = { phase: 'npm run build', wallSeconds: 1.5, cpuSeconds: 1, peakRssMiB: 500 };
		const result = benchResult(paperfold, none, { pageWeight: null, searchTransfer: null });
		result.incremental = { phases: [measured], total: totalOf([measured]), mdxRewritten: 1, mdxUnchanged: 99, ratio: 0.15, site: { rendered: 4, reused: 146, searchIndex: 'reused' } };
		const markdown = renderMarkdown(result);
		expect(markdown).toContain('(no baseline)');
		expect(markdown).toContain('Rebuild after one changed abstract: **0.15** of the full build\'s wall time; 4 page(s) rendered, 146 reused, search index reused.');
	});
});
