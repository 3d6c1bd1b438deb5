/**
 * Preload for a measured build: `node --import ./scripts/bench/thread-cpu-preload.ts … scripts/build.ts …`
 * with `PAPERFOLD_THREAD_CPU=FILE` writes, when the process exits, its CPU seconds by thread name
 * (`thread-cpu.ts`) to FILE as JSON. Without the variable it does nothing.
 *
 * Each thread's stat is read every quarter second and once at exit: a thread that ends before
 * the process (a worker of the annotate phase) keeps its last reading, so up to a quarter second
 * of its CPU may be missed. Linux only; clock ticks taken as 100 a second (`getconf CLK_TCK`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { readThreadStat, threadCpuByName, type ThreadCpu } from './thread-cpu.ts';

/** The environment variable naming the file the preload writes. */
export const THREAD_CPU_ENV = 'PAPERFOLD_THREAD_CPU';

const out = process.env[THREAD_CPU_ENV];
// `--import` runs this in every worker thread too; only the main thread samples.
if (out && isMainThread) {
	const last = new Map<string, ThreadCpu>();
	const sample = () => {
		for (const tid of readdirSync('/proc/self/task')) {
			try {
				last.set(tid, readThreadStat(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8'), 100));
			} catch {
				// The thread ended between the listing and the read: its last reading stands.
			}
		}
	};
	setInterval(sample, 250).unref();
	process.on('exit', () => {
		sample();
		writeFileSync(out, `${JSON.stringify(threadCpuByName(last), null, '\t')}\n`);
	});
}
