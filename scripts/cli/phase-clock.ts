/**
 * Where a build's time goes, phase by phase, measured inside its own process: the benchmark
 * times `npm run build` as one process (as people run it) and still reports its phases.
 * Worker threads are part of the process, so their CPU time counts; a child process's (the
 * site build's Astro) does not, and the benchmark takes it from its outside measurement.
 */

/** One phase: wall and CPU time since the previous phase ended, and the process's peak memory so far. */
export interface PhaseTime {
	phase: string;
	wallSeconds: number;
	cpuSeconds: number;
	/** Largest resident set of this process up to the end of the phase, in MiB. */
	peakRssMiB: number;
}

/** What the clock reads: elapsed milliseconds, CPU microseconds and peak memory in KiB since the process started. */
export interface ProcessClock {
	now(): number;
	cpu(): { user: number; system: number };
	maxRssKiB(): number;
}

const processClock: ProcessClock = {
	now: () => performance.now(),
	cpu: () => process.cpuUsage(),
	maxRssKiB: () => process.resourceUsage().maxRSS,
};

/**
 * A clock whose first phase starts when the process did (start-up and module loading are
 * part of it, as they are of what a user waits for); `end(name)` closes the current phase.
 */
export function createPhaseClock(clock: ProcessClock = processClock) {
	const phases: PhaseTime[] = [];
	let wall = 0;
	let cpu = 0;
	return {
		end(phase: string): void {
			const now = clock.now();
			const used = clock.cpu();
			const cpuNow = used.user + used.system;
			phases.push({ phase, wallSeconds: (now - wall) / 1000, cpuSeconds: (cpuNow - cpu) / 1e6, peakRssMiB: clock.maxRssKiB() / 1024 });
			wall = now;
			cpu = cpuNow;
		},
		/** The phases ended so far, in order. */
		phases: (): PhaseTime[] => [...phases],
	};
}

/** The environment variable naming a file the build writes its phase times to (JSON). */
export const PHASE_TIMES_ENV = 'PAPERFOLD_PHASE_TIMES';

/** A build's phase clock (`createPhaseClock`). */
export type PhaseClock = ReturnType<typeof createPhaseClock>;
