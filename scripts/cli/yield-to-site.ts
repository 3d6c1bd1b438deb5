/**
 * The generator's work left once Astro builds (saving its caches: several seconds of CPU at
 * 10,000 papers, on this process's main thread) waits for nothing Astro does, and Astro waits for
 * nothing of it; but on a machine with few cores the two share them, and every second the saving
 * takes from Astro's threads is a second on the path the build waits for. So the main thread
 * steps back first: at a lower priority, it runs when a core would otherwise idle (Astro waiting
 * on a file, or on Pagefind) and gives way whenever Astro's threads could run. It still finishes
 * long before Astro does, and the work is the same.
 *
 * On Linux the nice value is a thread's, and the main thread's id is the process id: only this
 * thread steps back; the threads that are done (the annotate workers), libuv's pool and Astro's
 * process, started before, keep theirs. Elsewhere `setPriority` sets the process's, which then
 * holds nothing but this thread's work. A thread's priority, once lowered, is not raised again
 * (it needs a privilege most users lack): what it does after the saving (waiting for Astro, then
 * swapping the site in) is a few milliseconds.
 */
import { getPriority, setPriority } from 'node:os';

/** How far the main thread steps back: CFS weighs a nice-10 thread at about a tenth of a nice-0 one. */
export const YIELDING_NICE = 10;

/** The two system calls, as `node:os` makes them; a test passes its own. */
export interface PriorityCalls {
	get: (pid: number) => number;
	set: (pid: number, priority: number) => void;
}

/**
 * Lowers the calling (main) thread's scheduling priority to `nice`, never raising it (a build
 * started with `nice -n 15` stays there); false where the system refuses, which changes nothing
 * but the order in which the cores are shared.
 */
export function yieldToSite(nice: number = YIELDING_NICE, calls: PriorityCalls = { get: getPriority, set: setPriority }): boolean {
	try {
		if (calls.get(process.pid) >= nice) return true;
		calls.set(process.pid, nice);
		return true;
	} catch {
		return false;
	}
}
