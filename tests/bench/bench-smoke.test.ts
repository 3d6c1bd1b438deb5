/**
 * The benchmark script works end to end on a small list: it synthesises papers, builds
 * paperfold and the bare baseline, measures every phase and reports every figure.
 * Asserts presence and sanity of the figures only, never a time: speed is what the
 * benchmark itself reports.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult, PhaseResult } from '../../scripts/bench/report.ts';
import { userEnv } from '../helpers/build-site.ts';

const PAPERS = 200;
const scratch = mkdtempSync(join(tmpdir(), 'paperfold-bench-smoke-'));
let run: ReturnType<typeof spawnSync>;
let result: BenchResult;
let markdown: string;

beforeAll(() => {
	run = spawnSync(
		process.execPath,
		['scripts/bench/run.ts', '--papers', String(PAPERS), '--work', join(scratch, 'work'), '--results', join(scratch, 'results')],
		{ encoding: 'utf8', env: { ...userEnv(), CI: 'true' } },
	);
	if (run.status !== 0) throw new Error(`bench failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
	result = JSON.parse(readFileSync(join(scratch, 'results/latest.json'), 'utf8')).results[0];
	markdown = readFileSync(join(scratch, 'results/latest.md'), 'utf8');
}, 900_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const expectMeasured = (phase: PhaseResult) => {
	expect(Number.isFinite(phase.wallSeconds) && phase.wallSeconds > 0, `${phase.phase} wall`).toBe(true);
	expect(Number.isFinite(phase.cpuSeconds) && phase.cpuSeconds >= 0, `${phase.phase} CPU`).toBe(true);
	expect(Number.isFinite(phase.peakRssMiB) && phase.peakRssMiB > 0, `${phase.phase} memory`).toBe(true);
};

describe('npm run bench', () => {
	it('prints both ratio lines with finite numbers', () => {
		const time = /^time ratio \(paperfold\/baseline\): (\S+)$/m.exec(String(run.stdout));
		const memory = /^memory ratio \(paperfold\/baseline\): (\S+)$/m.exec(String(run.stdout));
		expect(Number.isFinite(Number(time?.[1]))).toBe(true);
		expect(Number.isFinite(Number(memory?.[1]))).toBe(true);
		expect(Number(time?.[1])).toBeCloseTo(result.ratios.time, 2);
	});

	it('measures every paperfold phase and both baseline phases', () => {
		expect(result.papers).toBe(PAPERS);
		expect(result.paperfold.phases.map((p) => p.phase)).toEqual(['parse', 'annotate', 'write MDX', 'astro build + Pagefind']);
		expect(result.baseline.phases.map((p) => p.phase)).toEqual(['astro build (baseline)', 'pagefind (baseline)']);
		[...result.paperfold.phases, ...result.baseline.phases].forEach(expectMeasured);
	});

	it('reports pages, pages per second, dist and Pagefind index sizes for both sites', () => {
		for (const pipeline of [result.paperfold, result.baseline]) {
			expect(pipeline.pages).toBeGreaterThanOrEqual(PAPERS);
			expect(pipeline.pagesPerSecond).toBeGreaterThan(0);
			expect(pipeline.pagefindBytes).toBeGreaterThan(0);
			expect(pipeline.distBytes).toBeGreaterThan(pipeline.pagefindBytes);
		}
		expect(result.baseline.pages).toBe(PAPERS);
	});

	it('measures an incremental rebuild that rewrites only the changed page', () => {
		expect(result.incremental).not.toBeNull();
		result.incremental!.phases.forEach(expectMeasured);
		expect(result.incremental!.mdxRewritten + result.incremental!.mdxUnchanged).toBe(PAPERS);
		expect(result.incremental!.mdxRewritten).toBeGreaterThanOrEqual(1);
	});

	it('writes the Markdown table with totals and the ratios', () => {
		expect(markdown).toContain(`### ${PAPERS} papers`);
		expect(markdown).toMatch(/\| paperfold \| \*\*total\*\* \|/);
		expect(markdown).toMatch(/\| baseline \| \*\*total\*\* \|/);
		expect(markdown).toContain('time ratio (paperfold/baseline): ');
		expect(markdown).toContain('memory ratio (paperfold/baseline): ');
	});
});
