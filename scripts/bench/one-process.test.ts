import { describe, expect, it } from 'vitest';
import { createPhaseClock, type ProcessClock } from '../cli/phase-clock.ts';
import { phasesOfOneProcess } from './one-process.ts';
import { totalOf } from './report.ts';

/** A process clock that reads what the test sets. */
function fakeClock() {
	const state = { ms: 0, cpuMicros: 0, rssKiB: 0 };
	const clock: ProcessClock = { now: () => state.ms, cpu: () => ({ user: state.cpuMicros, system: 0 }), maxRssKiB: () => state.rssKiB };
	return { state, clock };
}

describe('createPhaseClock', () => {
	it('gives each phase the wall and CPU time since the previous one ended, and the peak memory so far', () => {
		const { state, clock } = fakeClock();
		const phases = createPhaseClock(clock);
		Object.assign(state, { ms: 1500, cpuMicros: 1_200_000, rssKiB: 204_800 });
		phases.end('parse');
		Object.assign(state, { ms: 4000, cpuMicros: 5_200_000, rssKiB: 512_000 });
		phases.end('annotate');
		expect(phases.phases()).toEqual([
			{ phase: 'parse', wallSeconds: 1.5, cpuSeconds: 1.2, peakRssMiB: 200 },
			{ phase: 'annotate', wallSeconds: 2.5, cpuSeconds: 4, peakRssMiB: 500 },
		]);
	});
});

describe('phasesOfOneProcess', () => {
	const inside = [
		{ phase: 'parse', wallSeconds: 2, cpuSeconds: 2, peakRssMiB: 300 },
		{ phase: 'annotate', wallSeconds: 10, cpuSeconds: 18, peakRssMiB: 900 },
		{ phase: 'write MDX', wallSeconds: 3, cpuSeconds: 5, peakRssMiB: 950 },
		{ phase: 'astro build + Pagefind', wallSeconds: 60, cpuSeconds: 1, peakRssMiB: 950 },
	];

	it('keeps the generator phases and gives the site phase the rest of the outside measurement', () => {
		const phases = phasesOfOneProcess(inside, { wallSeconds: 80, cpuSeconds: 120, peakRssMiB: 2000 });
		expect(phases.slice(0, 3)).toEqual(inside.slice(0, 3));
		expect(phases[3]).toEqual({ phase: 'astro build + Pagefind', wallSeconds: 65, cpuSeconds: 95, peakRssMiB: 2000 });
	});

	it('adds up to the outside measurement', () => {
		const outside = { wallSeconds: 80, cpuSeconds: 120, peakRssMiB: 2000 };
		expect(totalOf(phasesOfOneProcess(inside, outside))).toEqual(outside);
	});

	it('refuses a build that reported nothing', () => {
		expect(() => phasesOfOneProcess([], { wallSeconds: 1, cpuSeconds: 1, peakRssMiB: 1 })).toThrow(/no phase times/);
	});
});
