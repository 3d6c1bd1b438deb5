/**
 * paperfold's phases when the benchmark times the real build (`npm run build`, one process
 * for parse, annotate and write, then Astro as its child) from outside: the generator's
 * phases come from the build's own phase clock (`scripts/cli/phase-clock.ts`), and the site
 * phase is what the outside measurement leaves — Astro and Pagefind's CPU time is its
 * child's, which only the outside measurement sees. So the phases add up to the measured
 * total exactly, and the total is what a user waits for.
 */
import type { PhaseTime } from '../cli/phase-clock.ts';
import type { Measurement } from './measure.ts';
import type { PhaseResult } from './report.ts';

/**
 * The phases of one measured build: every phase but the last as the build timed it, the
 * last (the site build) as the rest of the outside wall and CPU time, with the peak memory
 * of the whole run (its largest process: Astro's, or the generator's if that was larger).
 *
 * @example phasesOfOneProcess([{ phase: 'parse', wallSeconds: 1, cpuSeconds: 1, peakRssMiB: 200 }, { phase: 'site', wallSeconds: 5, cpuSeconds: 0.1, peakRssMiB: 210 }], { wallSeconds: 7, cpuSeconds: 9, peakRssMiB: 900 })
 * // [{ phase: 'parse', wallSeconds: 1, cpuSeconds: 1, peakRssMiB: 200 }, { phase: 'site', wallSeconds: 6, cpuSeconds: 8, peakRssMiB: 900 }]
 */
export function phasesOfOneProcess(inside: readonly PhaseTime[], outside: Measurement): PhaseResult[] {
	if (inside.length === 0) throw new Error('the build reported no phase times');
	const generator = inside.slice(0, -1).map((p): PhaseResult => ({ ...p }));
	const wall = generator.reduce((sum, p) => sum + p.wallSeconds, 0);
	const cpu = generator.reduce((sum, p) => sum + p.cpuSeconds, 0);
	const site: PhaseResult = {
		phase: inside.at(-1)!.phase,
		wallSeconds: Math.max(0, outside.wallSeconds - wall),
		cpuSeconds: Math.max(0, outside.cpuSeconds - cpu),
		peakRssMiB: outside.peakRssMiB,
	};
	return [...generator, site];
}
