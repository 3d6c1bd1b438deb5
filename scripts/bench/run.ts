/**
 * `npm run bench -- --papers N`: builds N synthetic papers with paperfold and, in the same
 * run, the same abstracts as a bare Astro + MDX + Pagefind-CLI site, measures every phase
 * from outside (`/usr/bin/time -v`), prints the ratios and writes bench/results/latest.{md,json}.
 *
 *   npm run bench -- --papers 1000
 *   npm run bench -- --papers 1000,5000,10000     (one run after the other)
 *
 * All I/O of the benchmark lives here; synthesis, the baseline project and the report are pure.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHfPapersPage } from '../ingest/hf-page.ts';
import { baselineProjectFiles } from './baseline-project.ts';
import { distWeight } from './dist-weight.ts';
import { measurePageWeight } from './dist-page-weight.ts';
import { measureCommand, type CommandRun, type Measurement } from './measure.ts';
import { phasesOfOneProcess } from './one-process.ts';
import { NATIVE_REGEXPS_FLAG } from '../cli/native-regexps.ts';
import { PHASE_TIMES_ENV, type PhaseTime } from '../cli/phase-clock.ts';
import {
	parseSiteRebuild,
	ratioLines,
	ratiosOf,
	renderMarkdown,
	roundsLine,
	totalOf,
	type BenchResult,
	type IncrementalResult,
	type PageWeight,
	type PhaseResult,
	type PipelineResult,
} from './report.ts';
import { CHROMIUM } from './chromium.ts';
import { cacheArchivable, CACHED_PATHS, restoreCommand, saveCacheArchive } from './ci-cache.ts';
import { roundOrder, summariseRounds, type Round, type Side } from './rounds.ts';
import { measureSearchTransfer, type SearchTransfer } from './search-transfer.ts';
import { renderHfPapersPage, synthesizePapers, type SyntheticPaper } from './synthesize.ts';

const HELP = `Usage: npm run bench -- [--papers N[,N…]] [--work DIR] [--results DIR] [--keep] [--no-incremental] [--rounds N]

  --papers N[,N…]   synthetic papers per run (default 1000); a list runs one after the other
  --work DIR        scratch folder (default: $TMPDIR/paperfold-bench); emptied per run
  --results DIR     where latest.md and latest.json go (default: bench/results)
  --keep            keep the scratch folder (built sites) after the run
  --no-incremental  skip the one-abstract-changed rebuild
  --no-browser      skip the Chromium page-weight and search-transfer measurement
  --no-baseline     skip the baseline site (no ratios): for sizes where only paperfold's
                    own time, memory and output size matter (50,000 papers)
  --rounds N        full builds of each side, alternating P B, B P, … (default 3); the time
                    ratio is the fastest paperfold build over the fastest baseline build,
                    each round's ratio is printed beside it (one build with --no-baseline)
  --seed N          random seed of the synthetic papers (default 1)`;

/** A first query, then further ones that need other index chunks. */
const SEARCH_QUERIES = ['reinforcement learning', 'prompt', 'offline', 'humanoid'];

const root = resolve(import.meta.dirname, '../..');
const SEED_LISTING = join(root, 'content/sources/hf-papers-few-shot-rl.txt');

/** Environment of every measured command: no telemetry, no progress bars, Pagefind run apart. */
const childEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: 'true', PAPERFOLD_PAGEFIND: '0' };

function log(message: string): void {
	process.stderr.write(`[bench] ${message}\n`);
}

/** `npm run build` as a user runs it: Pagefind through its integration, which reuses an unchanged index. */
const buildEnv: NodeJS.ProcessEnv = { ...childEnv, PAPERFOLD_PAGEFIND: undefined };

/** Runs and measures one phase; throws with the command's output when it fails. */
async function phase(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = childEnv): Promise<PhaseResult> {
	return (await phaseWithOutput(name, command, args, cwd, env)).result;
}

/** `phase`, also giving what the command printed. */
async function phaseWithOutput(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = childEnv): Promise<{ result: PhaseResult; output: string }> {
	log(`${name}…`);
	const run: CommandRun = await measureCommand(command, args, { cwd, env });
	if (run.exitCode !== 0) throw new Error(`${name} failed (exit ${run.exitCode}): ${command} ${args.join(' ')}\n${run.output.slice(-4000)}`);
	log(`${name}: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${Math.round(run.peakRssMiB)} MiB`);
	return { result: { phase: name, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, peakRssMiB: run.peakRssMiB }, output: run.output };
}

/** What a copy of the project leaves out: dependencies, history, generated pages, build output and caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'content/papers', 'bench', '.paperfold-cache', 'artifacts', '.astro']);

/** Copies the project's sources into `target`, skipping `NOT_COPIED` and the benchmark's own `work` folder. */
function copyProjectSource(target: string, work: string): void {
	const skip = (path: string) => NOT_COPIED.has(relative(root, path)) || resolve(path) === work;
	for (const name of readdirSync(root)) {
		const source = join(root, name);
		if (!skip(source)) cpSync(source, join(target, name), { recursive: true, preserveTimestamps: true, filter: (path) => !skip(path) });
	}
}

/**
 * A `node_modules` of symlinks to the project's packages: the copy resolves the same
 * packages, but Astro's and Vite's caches (`node_modules/.astro`, `.vite`) stay its own.
 */
function linkNodeModules(target: string): void {
	const source = join(root, 'node_modules');
	mkdirSync(join(target, 'node_modules'), { recursive: true });
	for (const name of readdirSync(source)) {
		if (name.startsWith('.') && name !== '.bin') continue;
		symlinkSync(join(source, name), join(target, 'node_modules', name));
	}
}

/** Total size of the files under `dir`, in bytes. */
function dirBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function countHtml(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** The baseline of a run made with `--no-baseline`: no phases, no pages (its ratios are not numbers). */
const NO_BASELINE: PipelineResult = { phases: [], total: totalOf([]), pages: 0, pagesPerSecond: 0, distBytes: 0, pagefindBytes: 0 };

function pipelineResult(phases: PhaseResult[], dist: string): PipelineResult {
	const total = totalOf(phases);
	const pages = countHtml(dist);
	return { phases, total, pages, pagesPerSecond: pages / total.wallSeconds, distBytes: dirBytes(dist), pagefindBytes: dirBytes(join(dist, 'pagefind')) };
}

/** File name → inode and mtime, to tell which generated pages a rebuild rewrote. */
function snapshot(dir: string): Map<string, string> {
	return new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => {
				const stat = statSync(join(dir, name));
				return [name, `${stat.ino}:${stat.mtimeMs}`];
			}),
	);
}

/** Every file under `dir` as its `/`-separated path inside `dir` and its size. */
function distFiles(dir: string): { path: string; bytes: number }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			return { path: relative(dir, file).split(sep).join('/'), bytes: statSync(file).size };
		});
}

/** One benchmark run at `count` papers. */
async function runOnce(count: number, options: { work: string; incremental: boolean; browser: boolean; baseline: boolean; seed: number; rounds: number }): Promise<BenchResult> {
	const work = join(options.work, String(count));
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	const node = process.execPath;

	log(`${count} papers: synthesising from ${SEED_LISTING}`);
	const seeds = parseHfPapersPage(readFileSync(SEED_LISTING, 'utf8'), SEED_LISTING).papers;
	const papers: SyntheticPaper[] = synthesizePapers(seeds, count, options.seed);
	const listing = join(work, 'listing.txt');
	writeFileSync(listing, renderHfPapersPage(papers));

	// The two full builds, `rounds` times in alternating order (`rounds.ts`); the last paperfold
	// build's site stays for the reader-side figures and the rebuilds.
	const site = join(work, 'site');
	const bare = join(work, 'baseline');
	const builds: Record<Side, PipelineResult[]> = { paperfold: [], baseline: [] };
	const rounds: Round[] = [];
	for (let index = 0; index < (options.baseline ? options.rounds : 1); index++) {
		const loadBefore = { paperfold: 0, baseline: 0 };
		for (const side of roundOrder(index)) {
			if (side === 'baseline' && !options.baseline) continue;
			loadBefore[side] = loadavg()[0];
			if (options.rounds > 1) log(`round ${index + 1} of ${options.rounds}: ${side} (load ${loadBefore[side].toFixed(1)})`);
			builds[side].push(side === 'paperfold' ? await buildPaperfold(site, work, listing, options.work) : await buildBaseline(bare, papers));
		}
		if (options.baseline) rounds.push({ paperfold: builds.paperfold[index].total, baseline: builds.baseline[index].total, loadBefore });
	}
	const summary = rounds.length ? summariseRounds(rounds) : null;
	const paperfold = builds.paperfold[summary?.fastest.paperfold ?? 0];
	const baseline = summary ? builds.baseline[summary.fastest.baseline] : NO_BASELINE;

	const dist = distWeight(distFiles(join(site, 'dist')), count);
	const pageWeight = measurePageWeight(join(site, 'dist'));
	let searchTransfer: SearchTransfer | null = null;
	if (options.browser && pageWeight && existsSync(CHROMIUM)) {
		log('search transfer in Chromium…');
		try {
			searchTransfer = await measureSearchTransfer(join(site, 'dist'), pageWeight.page, SEARCH_QUERIES);
		} catch (error) {
			log(`search transfer not measured: ${(error as Error).message.split('\n')[0]}`);
		}
	}

	let incremental: IncrementalResult | null = null;
	if (options.incremental) incremental = await runIncremental(site, work, papers, node, paperfold.total, options.work);

	const result: BenchResult = {
		papers: count,
		date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
		machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node },
		paperfold,
		baseline,
		ratios: ratiosOf(paperfold.total, baseline.total),
		rounds: summary ? { rounds, summary } : undefined,
		incremental,
		distWeight: dist,
		pageWeight,
		searchTransfer,
	};
	return result;
}

/**
 * paperfold's full build in a fresh copy of this project (no generated pages, builds or caches),
 * as a user runs it: one process for the generator, Astro as its child, Pagefind in Astro's
 * process (the integration indexes after the build). The build times its own phases; the site
 * phase is the rest of the outside measurement.
 */
async function buildPaperfold(site: string, work: string, listing: string, benchWork: string): Promise<PipelineResult> {
	rmSync(site, { recursive: true, force: true });
	copyProjectSource(site, benchWork);
	linkNodeModules(site);
	const phaseTimes = join(work, 'phase-times.json');
	const build = await phase('npm run build', process.execPath, [NATIVE_REGEXPS_FLAG, join(site, 'scripts/build.ts'), '--source', listing], site, { ...buildEnv, [PHASE_TIMES_ENV]: phaseTimes });
	const phases = phasesOfOneProcess(JSON.parse(readFileSync(phaseTimes, 'utf8')) as PhaseTime[], build);
	for (const p of phases) log(`  ${p.phase}: ${p.wallSeconds.toFixed(1)} s wall, ${p.cpuSeconds.toFixed(1)} s CPU`);
	return pipelineResult(phases, join(site, 'dist'));
}

/** The baseline in a fresh folder: the same titles and abstracts as bare MDX pages in a plain Astro + MDX project, then the Pagefind CLI. */
async function buildBaseline(bare: string, papers: SyntheticPaper[]): Promise<PipelineResult> {
	rmSync(bare, { recursive: true, force: true });
	for (const file of baselineProjectFiles(papers)) {
		mkdirSync(dirname(join(bare, file.path)), { recursive: true });
		writeFileSync(join(bare, file.path), file.content);
	}
	linkNodeModules(bare);
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const pagefind = join(root, 'node_modules/.bin/pagefind');
	const phases = [await phase('astro build (baseline)', process.execPath, [astro, 'build'], bare), await phase('pagefind (baseline)', pagefind, ['--site', 'dist'], bare)];
	return pipelineResult(phases, join(bare, 'dist'));
}

/** The papers with one more abstract changed: the one at `index`. */
const withChangedAbstract = (papers: SyntheticPaper[], index: number) =>
	papers.map((paper, i) => (i === index ? { ...paper, abstract: `${paper.abstract} We also release an extended evaluation suite.` } : paper));

/**
 * The real orchestrator (`npm run build`, generator and site) once more after the full build,
 * which filled its caches, with one abstract changed; counts which generated pages it rewrote
 * and which site pages it rendered. Then the CI case (`runCiRebuild`).
 */
async function runIncremental(site: string, work: string, papers: SyntheticPaper[], node: string, fullBuild: Measurement, benchWork: string): Promise<IncrementalResult> {
	const build = join(site, 'scripts/build.ts');
	const listing = join(work, 'listing.txt');
	// The full build was this same command: its caches and `dist/` are the rebuild's starting point.
	const args = [NATIVE_REGEXPS_FLAG, build, '--source', listing];
	const changed = withChangedAbstract(papers, Math.floor(papers.length / 2));
	// Same file name: pages record their source file, and a new name would change every page.
	writeFileSync(listing, renderHfPapersPage(changed));
	const before = snapshot(join(site, 'content/papers'));
	// The rebuild's own phase clock, as the full build's: where a rebuild's time goes, phase by phase.
	const phaseTimes = join(work, 'rebuild-phase-times.json');
	const rebuild = await phaseWithOutput('npm run build (one abstract changed)', node, args, site, { ...buildEnv, [PHASE_TIMES_ENV]: phaseTimes });
	const after = snapshot(join(site, 'content/papers'));
	await replacedSiteRemoved(site);
	const rewritten = [...after].filter(([name, stamp]) => before.get(name) !== stamp).length;
	const phases = phasesOfOneProcess(JSON.parse(readFileSync(phaseTimes, 'utf8')) as PhaseTime[], rebuild.result);
	for (const p of phases) log(`  ${p.phase}: ${p.wallSeconds.toFixed(1)} s wall, ${p.cpuSeconds.toFixed(1)} s CPU`);
	const total = totalOf(phases);
	const ci = await runCiRebuild(site, listing, withChangedAbstract(changed, Math.floor(papers.length / 3)), args, fullBuild, benchWork);
	return { phases, total, mdxRewritten: rewritten, mdxUnchanged: after.size - rewritten, ratio: total.wallSeconds / fullBuild.wallSeconds, site: parseSiteRebuild(rebuild.output), ci };
}

/**
 * Waits until the previous site, which a build deletes in the background after it returns, is
 * gone: the next measurement must not share the disk with that removal.
 */
async function replacedSiteRemoved(site: string): Promise<void> {
	const started = Date.now();
	while (readdirSync(site).some((name) => /^\.dist\.(old|trash)-\d+$/.test(name))) {
		if (Date.now() - started > 600_000) throw new Error(`${site}: the replaced site was still being removed after 10 minutes`);
		await new Promise((done) => setTimeout(done, 100));
	}
	log(`  replaced site removed ${((Date.now() - started) / 1000).toFixed(1)} s after the rebuild returned`);
}

/**
 * A CI run after a push that changed one abstract: a fresh checkout (a new copy of the project
 * at the same path, as a runner's workspace is, with no site) in which only `.paperfold-cache/`
 * and the generated pages are restored from the last run, as deploy.yml's actions/cache does; the
 * restore is timed as a phase of the CI rebuild (ci-cache.ts).
 */
async function runCiRebuild(site: string, listing: string, papers: SyntheticPaper[], args: string[], fullBuild: Measurement, benchWork: string): Promise<NonNullable<IncrementalResult['ci']>> {
	const previous = `${site}.previous`;
	renameSync(site, previous);
	copyProjectSource(site, benchWork);
	linkNodeModules(site);
	// Restored as the runner restores it (ci-cache.ts), and timed: the build waits for it. Where tar or
	// zstd is missing, copied untimed. Either way new files, as a restored cache's are: the generator
	// checks each one's bytes against its cache entry.
	const restored: PhaseResult[] = [];
	if (cacheArchivable()) {
		const archive = join(benchWork, 'ci-cache.tzst');
		saveCacheArchive(previous, archive);
		const { command, args: restoreArgs } = restoreCommand(archive, site);
		restored.push(await phase('CI: cache restored (tar + zstd, as actions/cache)', command, restoreArgs, site));
		rmSync(archive, { force: true });
	} else {
		log('CI: tar or zstd not found; the cache is copied, and its restore not timed');
		for (const path of CACHED_PATHS) cpSync(join(previous, path), join(site, path), { recursive: true });
	}
	rmSync(previous, { recursive: true, force: true });
	writeFileSync(listing, renderHfPapersPage(papers));
	const rebuild = await phaseWithOutput('CI: npm run build, cache restored', process.execPath, args, site, buildEnv);
	const phases = [...restored, rebuild.result];
	const total = totalOf(phases);
	return { phases, total, ratio: total.wallSeconds / fullBuild.wallSeconds, site: parseSiteRebuild(rebuild.output) };
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			papers: { type: 'string', default: '1000' },
			work: { type: 'string', default: join(tmpdir(), 'paperfold-bench') },
			results: { type: 'string', default: join(root, 'bench/results') },
			keep: { type: 'boolean', default: false },
			'no-incremental': { type: 'boolean', default: false },
			'no-browser': { type: 'boolean', default: false },
			'no-baseline': { type: 'boolean', default: false },
			seed: { type: 'string', default: '1' },
			rounds: { type: 'string', default: '3' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(HELP);
		return;
	}
	const counts = values.papers.split(',').map((value) => Number(value.trim()));
	if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--papers: expected positive integers, got "${values.papers}"`);
	const rounds = Number(values.rounds);
	if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: expected a positive integer, got "${values.rounds}"`);
	const work = resolve(values.work);
	const results: BenchResult[] = [];
	try {
		for (const count of counts) {
			const result = await runOnce(count, { work, incremental: !values['no-incremental'], browser: !values['no-browser'], baseline: !values['no-baseline'], seed: Number(values.seed), rounds });
			results.push(result);
			console.log(renderMarkdown(result));
			if (result.baseline.phases.length) console.log(ratioLines(result.ratios));
			if (result.rounds) console.log(roundsLine(result.rounds));
			if (!values.keep) rmSync(join(work, String(count)), { recursive: true, force: true });
		}
	} finally {
		if (results.length) {
			const resultsDir = resolve(values.results);
			mkdirSync(resultsDir, { recursive: true });
			const command = `npm run bench -- --papers ${counts.join(',')} --rounds ${rounds}`;
			writeFileSync(join(resultsDir, 'latest.md'), `<!-- ${command} -->\n\n${results.map(renderMarkdown).join('\n')}`);
			writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify({ command, results }, null, '\t')}\n`);
			log(`results written to ${join(resultsDir, 'latest.md')} and latest.json`);
		}
	}
}

main().catch((error: Error) => {
	console.error(`bench: ${error.message}`);
	process.exitCode = 1;
});
