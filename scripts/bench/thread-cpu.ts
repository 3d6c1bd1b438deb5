/**
 * A process's CPU seconds by thread name, read from Linux's `/proc/<pid>/task/<tid>/stat`.
 *
 * The phase clock (`scripts/cli/phase-clock.ts`) gives a phase's CPU for the whole process; it
 * cannot say how much of it the JavaScript threads did and how much V8's own threads (its
 * optimising compilers and its garbage collector's helpers, named `V8Worker`), which the CPU
 * profiles never show. `thread-cpu-preload.ts` samples these files while a build runs and
 * writes the sums this module makes from them.
 */

/** One thread's name and CPU seconds (user + system) so far. */
export interface ThreadCpu {
	name: string;
	cpuSeconds: number;
}

/**
 * The name and CPU seconds of one `/proc/…/task/<tid>/stat` line. The name sits between the first
 * `(` and the last `)` (it may hold spaces or brackets); user and system time are the 14th and
 * 15th fields, in clock ticks.
 *
 * @example readThreadStat('42 (V8Worker) S 1 1 1 0 -1 4194368 0 0 0 0 250 30 0 0 20 0 1 0 9 0 0', 100)
 * // { name: 'V8Worker', cpuSeconds: 2.8 }
 */
export function readThreadStat(stat: string, ticksPerSecond: number): ThreadCpu {
	const open = stat.indexOf('(');
	const close = stat.lastIndexOf(')');
	if (open < 0 || close < open) throw new Error(`not a thread's stat line: ${stat.slice(0, 40)}`);
	// Fields after the name: state is the 3rd field of the line, so utime (14th) is the 12th here.
	const fields = stat.slice(close + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	if (!Number.isFinite(ticks)) throw new Error(`no CPU times in: ${stat.slice(0, 40)}`);
	return { name: stat.slice(open + 1, close), cpuSeconds: ticks / ticksPerSecond };
}

/**
 * CPU seconds by thread name, largest first, from the last reading of each thread (keyed by its
 * id): threads of one name (the `V8Worker` pool, several workers) are summed.
 *
 * @example threadCpuByName(new Map([['1', { name: 'MainThread', cpuSeconds: 3 }], ['2', { name: 'V8Worker', cpuSeconds: 1 }], ['3', { name: 'V8Worker', cpuSeconds: 0.5 }]]))
 * // [{ name: 'MainThread', cpuSeconds: 3 }, { name: 'V8Worker', cpuSeconds: 1.5 }]
 */
export function threadCpuByName(lastByThread: ReadonlyMap<string, ThreadCpu>): ThreadCpu[] {
	const byName = new Map<string, number>();
	for (const { name, cpuSeconds } of lastByThread.values()) byName.set(name, (byName.get(name) ?? 0) + cpuSeconds);
	return [...byName].map(([name, cpuSeconds]) => ({ name, cpuSeconds })).sort((a, b) => b.cpuSeconds - a.cpuSeconds || a.name.localeCompare(b.name));
}
