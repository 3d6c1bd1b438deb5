/**
 * Benchmark results: the record `run.ts` fills in, the ratios, and the Markdown table the
 * README's Performance section shows. Pure.
 */
import type { DistWeight } from './dist-weight.ts';
import type { Measurement } from './measure.ts';
import type { Round, RoundsSummary } from './rounds.ts';
import type { SearchTransfer } from './search-transfer.ts';

/** One measured phase of a pipeline. */
export interface PhaseResult extends Measurement {
	phase: string;
}

/** One pipeline (paperfold or the baseline) run end to end. */
export interface PipelineResult {
	phases: PhaseResult[];
	/** Sum of wall and CPU time over the phases; peak memory is the largest phase's. */
	total: Measurement;
	/** HTML pages in `dist/`. */
	pages: number;
	pagesPerSecond: number;
	distBytes: number;
	pagefindBytes: number;
}

/** Rebuilding after one abstract changed. */
export interface IncrementalResult {
	phases: PhaseResult[];
	total: Measurement;
	/** Generated `.mdx` files whose bytes changed, and how many were left as they were. */
	mdxRewritten: number;
	mdxUnchanged: number;
	/** The rebuild's wall time over the full build's (paperfold's total). */
	ratio?: number;
	/** What the site build said it did (`npm run build`'s summary line); null when it did not say. */
	site?: SiteRebuild | null;
	/** The same kind of rebuild in a fresh copy of the project with only `.paperfold-cache/` and the generated pages restored, as CI runs it. */
	ci?: { phases: PhaseResult[]; total: Measurement; ratio: number; site: SiteRebuild | null } | null;
}

/** What a rebuild did with the search index: kept it, patched changed pages into it, or built it again. */
export type SearchIndexReuse = 'reused' | 'patched' | 'rebuilt';

/** Of the pages with a `cacheKey`, how many a rebuild rendered and reused; what became of the search index. */
export interface SiteRebuild {
	rendered: number;
	reused: number;
	searchIndex: SearchIndexReuse;
}

/**
 * Reads `SiteRebuild` out of what `npm run build` printed; null without the summary line's counts.
 *
 * @example parseSiteRebuild('site: 176 pages in 2.9 s (12 files rendered, 152 reused) · search: 48 pages indexed')
 * // { rendered: 12, reused: 152, searchIndex: 'rebuilt' }
 */
export function parseSiteRebuild(output: string): SiteRebuild | null {
	const counts = /^site: .*\((\d+) files rendered, (\d+) reused\)/m.exec(output);
	if (!counts) return null;
	return { rendered: Number(counts[1]), reused: Number(counts[2]), searchIndex: searchIndexReuse(output) };
}

function searchIndexReuse(output: string): SearchIndexReuse {
	if (/^search: no indexed page changed/m.test(output)) return 'reused';
	if (/^search: \d+ changed page\(s\) patched/m.test(output)) return 'patched';
	return 'rebuilt';
}

/** What a paper page costs a reader: compressed bytes of the page and what it loads up front. */
export interface PageWeight {
	/** The heaviest paper page. */
	page: string;
	/** gzip size of its HTML plus every stylesheet and script it references. */
	gzipBytes: number;
	/** `<script>` elements on the page (module or classic), before any interaction. */
	scripts: number;
	/** Of those, scripts loaded from a file (the rest are inline). */
	externalScripts: number;
	/** The most inline script (UTF-8 bytes) on any paper page. */
	inlineScriptBytes: number;
}

/**
 * Issue 14's page budget, with issue 12.2's lean frame: a paper page ≤ 8 kB gzip with its CSS
 * and script file, inline script only to restore the theme before paint, and one script file
 * before search: `page.js`, shared by every page and cached.
 */
export const PAGE_BUDGET = { gzipBytes: 8000, inlineScriptBytes: 200, scriptFiles: 1 };

/** Issue 12's output budget: `dist/` ≤ 12 kB per paper, everything included. */
export const DIST_BYTES_PER_PAPER = 12_000;

/** One benchmark run. */
export interface BenchResult {
	papers: number;
	date: string;
	machine: { cpus: number; memoryGiB: number; node: string };
	paperfold: PipelineResult;
	baseline: PipelineResult;
	ratios: { time: number; memory: number };
	/** The alternating full builds the time ratio was read from (`rounds.ts`); absent without a baseline. */
	rounds?: { rounds: Round[]; summary: RoundsSummary };
	incremental: IncrementalResult | null;
	/** paperfold's `dist/` by kind of file, per paper. */
	distWeight?: DistWeight | null;
	pageWeight: PageWeight | null;
	/** Measured in Chromium; null when no browser is available or search did not answer. */
	searchTransfer: SearchTransfer | null;
}

/** Totals of a list of phases: wall and CPU add up, peak memory is the maximum. */
export function totalOf(phases: Measurement[]): Measurement {
	return {
		wallSeconds: phases.reduce((sum, p) => sum + p.wallSeconds, 0),
		cpuSeconds: phases.reduce((sum, p) => sum + p.cpuSeconds, 0),
		peakRssMiB: Math.max(0, ...phases.map((p) => p.peakRssMiB)),
	};
}

/** paperfold / baseline for total wall time and for peak memory. */
export function ratiosOf(paperfold: Measurement, baseline: Measurement): BenchResult['ratios'] {
	return { time: paperfold.wallSeconds / baseline.wallSeconds, memory: paperfold.peakRssMiB / baseline.peakRssMiB };
}

/** The two lines the issue asks for, exactly. */
export function ratioLines(ratios: BenchResult['ratios']): string {
	return `time ratio (paperfold/baseline): ${ratios.time.toFixed(2)}\nmemory ratio (paperfold/baseline): ${ratios.memory.toFixed(2)}`;
}

/**
 * Every round's two builds and ratio, the rounds' median, and which builds the time ratio took.
 *
 * @example roundsLine(…) // 'rounds (P B, B P, …): 1: 139.0 / 109.6 s = 1.27 (load 2.1, 2.0); 2: …; median 1.07; time ratio from rounds 2 and 1'
 */
export function roundsLine({ rounds, summary }: NonNullable<BenchResult['rounds']>): string {
	const each = rounds.map(
		(round, i) =>
			`${i + 1}: ${round.paperfold.wallSeconds.toFixed(1)} / ${round.baseline.wallSeconds.toFixed(1)} s = ${summary.roundRatios[i].toFixed(2)}` +
			` (load ${round.loadBefore.paperfold.toFixed(1)}, ${round.loadBefore.baseline.toFixed(1)})`,
	);
	return `rounds (paperfold / baseline wall, P B, B P, …): ${each.join('; ')}; median ${summary.medianRatio.toFixed(2)}; ` +
		`time ratio from the fastest of each, rounds ${summary.fastest.paperfold + 1} and ${summary.fastest.baseline + 1}`;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const mib = (value: number) => `${Math.round(value)} MiB`;
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The dist/ weight by kind and the page budget, printed with and without a baseline. */
function weightLines(result: BenchResult): string[] {
	const out: string[] = [];
	if (result.distWeight) {
		const weight = result.distWeight;
		const within = weight.bytesPerPaper <= DIST_BYTES_PER_PAPER ? 'within' : 'over';
		out.push(
			'',
			`dist/ per paper: **${kB(weight.bytesPerPaper)}** (${megabytes(weight.totalBytes)} in all; ${within} the ${kB(DIST_BYTES_PER_PAPER)} budget).`,
			'',
			row(['dist/ by kind', 'per paper', 'total']),
			row(['-', '-:', '-:']),
			...weight.byKind.map((k) => row([k.kind, kB(k.bytesPerPaper), megabytes(k.bytes)])),
		);
	}
	if (result.pageWeight) {
		const weight = result.pageWeight;
		const mark = (ok: boolean) => (ok ? 'within' : '**over**');
		const fetched = result.searchTransfer?.pageLoadScriptRequests;
		const scriptFiles = fetched === undefined ? 'not measured' : `${fetched} (${mark(fetched <= PAGE_BUDGET.scriptFiles)} ${PAGE_BUDGET.scriptFiles}, the shared page.js)`;
		out.push(
			'',
			`Page budget (heaviest paper page, \`${weight.page}\`): ${kB(weight.gzipBytes)} gzip with its CSS and JS (${mark(weight.gzipBytes <= PAGE_BUDGET.gzipBytes)} ${kB(PAGE_BUDGET.gzipBytes)}); ` +
				`inline script ${weight.inlineScriptBytes} bytes at most on a paper page (${mark(weight.inlineScriptBytes <= PAGE_BUDGET.inlineScriptBytes)} ${PAGE_BUDGET.inlineScriptBytes}); ` +
				`script files fetched before search: ${scriptFiles}; ${weight.scripts} script element(s), ${weight.externalScripts} of them external.`,
		);
	}
	return out;
}

/** The results as Markdown: one table per run, phases as rows, then ratios and extras. */
export function renderMarkdown(result: BenchResult): string {
	const header = [row(['Pipeline', 'Phase', 'Wall', 'CPU', 'Peak RSS']), row(['-', '-', '-:', '-:', '-:'])];
	const lines = (name: string, pipeline: { phases: PhaseResult[]; total: Measurement }) => [
		...pipeline.phases.map((p) => row([name, p.phase, seconds(p.wallSeconds), seconds(p.cpuSeconds), mib(p.peakRssMiB)])),
		row([name, '**total**', `**${seconds(pipeline.total.wallSeconds)}**`, seconds(pipeline.total.cpuSeconds), `**${mib(pipeline.total.peakRssMiB)}**`]),
	];
	const { paperfold, baseline } = result;
	// `--no-baseline`: paperfold's own figures only, no ratios.
	if (!baseline.phases.length) {
		return `${[
			`### ${result.papers.toLocaleString('en-US')} papers (no baseline)`,
			'',
			`${result.date} · ${result.machine.cpus} CPUs · ${result.machine.memoryGiB} GiB · Node ${result.machine.node}`,
			'',
			...header,
			...lines('paperfold', paperfold),
			'',
			`HTML pages: ${paperfold.pages} · dist/ size: ${megabytes(paperfold.distBytes)} · Pagefind index: ${megabytes(paperfold.pagefindBytes)}`,
			...incrementalLines(result),
			...weightLines(result),
		].join('\n')}\n`;
	}
	const out = [
		`### ${result.papers.toLocaleString('en-US')} papers`,
		'',
		`${result.date} · ${result.machine.cpus} CPUs · ${result.machine.memoryGiB} GiB · Node ${result.machine.node}`,
		'',
		...header,
		...lines('paperfold', paperfold),
		...lines('baseline', baseline),
		'',
		row(['', 'paperfold', 'baseline']),
		row(['-', '-:', '-:']),
		row(['HTML pages', String(paperfold.pages), String(baseline.pages)]),
		row(['pages per second', paperfold.pagesPerSecond.toFixed(0), baseline.pagesPerSecond.toFixed(0)]),
		row(['dist/ size', megabytes(paperfold.distBytes), megabytes(baseline.distBytes)]),
		row(['Pagefind index', megabytes(paperfold.pagefindBytes), megabytes(baseline.pagefindBytes)]),
		'',
		'```',
		ratioLines(result.ratios),
		'```',
		...(result.rounds ? ['', roundsLine(result.rounds)] : []),
	];
	out.push(...incrementalLines(result));
	out.push(...weightLines(result));
	if (result.searchTransfer) {
		const search = result.searchTransfer;
		const further = search.furtherQueries.map((q) => `“${q.query}” ${kB(q.bytes)}`).join(', ');
		out.push(
			'',
			`In Chromium (gzip): paper page ${kB(search.pageLoadBytes)} with ${search.pageLoadScriptRequests} script request(s) before interaction; ` +
				`first search “${search.firstQuery.query}” ${kB(search.firstQuery.bytes)} (${search.firstQuery.requests} requests); further queries: ${further}.`,
		);
		const worker = search.serviceWorker;
		out.push(
			'',
			worker
				? `After that first page, the service worker caches ${worker.indexListed ? 'the search index' : 'the visited page'} for offline use in the background: ` +
						`${kB(worker.bytes)} in ${worker.requests} requests${worker.settled ? '' : ' (still fetching when measured)'}.`
				: 'The service worker did not register.',
		);
		const typo = search.typoDictionary;
		if (typo) {
			out.push(
				'',
				`Typo dictionary (\`search-terms.js\`, goal ≤ 30 kB): ${kB(typo.beforeSearchBytes)} on the page before search; ` +
					`a first misspelt query “${typo.query}” fetches ${kB(typo.firstQueryBytes)} of it (${kB(typo.firstQueryTotalBytes)} in all)` +
					`${typo.suggestion ? `, and “Did you mean ${typo.suggestion}?”` : ', and no suggestion showed'}.`,
			);
		}
	}
	return `${out.join('\n')}\n`;
}

/** The rebuild rows: the one-abstract rebuild and the CI rebuild, as ratios of the full build; none without a rebuild. */
function incrementalLines(result: BenchResult): string[] {
	const inc = result.incremental;
	if (!inc) return [];
	const out: string[] = [];
	out.push(
		'',
		`Incremental rebuild after changing one abstract: ${seconds(inc.total.wallSeconds)} wall, ${mib(inc.total.peakRssMiB)} peak; ` +
			`${inc.mdxRewritten} MDX file(s) rewritten, ${inc.mdxUnchanged} unchanged ` +
			`(${inc.phases.map((p) => `${p.phase} ${seconds(p.wallSeconds)}, ${seconds(p.cpuSeconds)} CPU`).join('; ')}).`,
	);
	const pages = (site: SiteRebuild | null | undefined) =>
		site ? `; ${site.rendered} page(s) rendered, ${site.reused} reused, search index ${site.searchIndex}` : '';
	if (inc.ratio !== undefined) out.push('', `Rebuild after one changed abstract: **${inc.ratio.toFixed(2)}** of the full build's wall time${pages(inc.site)}.`);
	if (inc.ci) {
		out.push(
			'',
			`CI rebuild with restored cache (fresh copy of the project, \`.paperfold-cache/\` and \`content/papers/\` restored, one more abstract changed): ` +
				`${seconds(inc.ci.total.wallSeconds)} wall, ${mib(inc.ci.total.peakRssMiB)} peak, **${inc.ci.ratio.toFixed(2)}** of the full build${pages(inc.ci.site)}.`,
		);
	}
	return out;
}
