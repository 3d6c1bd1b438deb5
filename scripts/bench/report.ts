/**
 * Benchmark results: the record `run.ts` fills in, the ratios, and the Markdown table the
 * README's Performance section shows. Pure.
 */
import type { Measurement } from './measure.ts';
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
}

/** What a paper page costs a reader: compressed bytes of the page and what it loads up front. */
export interface PageWeight {
	page: string;
	/** gzip size of the HTML plus every stylesheet and script it references. */
	gzipBytes: number;
	/** `<script>` elements on the page (module or classic), before any interaction. */
	scripts: number;
	/** Of those, scripts loaded from a file (the rest are inline). */
	externalScripts: number;
}

/** One benchmark run. */
export interface BenchResult {
	papers: number;
	date: string;
	machine: { cpus: number; memoryGiB: number; node: string };
	paperfold: PipelineResult;
	baseline: PipelineResult;
	ratios: { time: number; memory: number };
	incremental: IncrementalResult | null;
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

const seconds = (value: number) => `${value.toFixed(1)} s`;
const mib = (value: number) => `${Math.round(value)} MiB`;
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

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
	];
	if (result.incremental) {
		const inc = result.incremental;
		out.push(
			'',
			`Incremental rebuild after changing one abstract: ${seconds(inc.total.wallSeconds)} wall, ${mib(inc.total.peakRssMiB)} peak; ` +
				`${inc.mdxRewritten} MDX file(s) rewritten, ${inc.mdxUnchanged} unchanged ` +
				`(${inc.phases.map((p) => `${p.phase} ${seconds(p.wallSeconds)}`).join(', ')}).`,
		);
	}
	if (result.pageWeight) {
		const weight = result.pageWeight;
		out.push(
			'',
			`Paper page weight: ${kB(weight.gzipBytes)} gzip (HTML + CSS + JS it loads), ` +
				`${weight.scripts} script element(s), ${weight.externalScripts} of them external (\`${weight.page}\`).`,
		);
	}
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
	}
	return `${out.join('\n')}\n`;
}
