/**
 * Worker threads that the generator's stages share (a Tinypool pool running `worker.ts`), so
 * their start-up and module loading are paid once, and they can take work while this thread
 * is busy with something else (`bodies-ahead.ts`).
 */
import type { MessagePort } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { workerEnv } from './compile-cache.ts';
import { WORKER_QUEUE } from './batches.ts';
import type { WorkerJob } from './worker-job.ts';

/** A pool of `workers` worker threads. `close` ends them; calling it again waits for the same ending. */
export class WorkerPool {
	/** How many workers: this thread makes one more. */
	readonly workers: number;
	private readonly pool: Tinypool;
	private closing: Promise<void> | undefined;

	constructor(workers: number) {
		this.workers = workers;
		this.pool = new Tinypool({
			filename: new URL('./worker.ts', import.meta.url).href,
			minThreads: workers,
			maxThreads: workers,
			concurrentTasksPerWorker: WORKER_QUEUE,
			env: workerEnv(),
		});
	}

	/** Runs one job on whichever worker is free; `transfer` lists what the job hands over (a `MessagePort`). */
	run(job: WorkerJob, transfer?: MessagePort[]): Promise<unknown> {
		// Tinypool types its transfer list from an overload of `postMessage` that takes options instead.
		return this.pool.run(job, transfer ? ({ transferList: transfer } as unknown as Parameters<Tinypool['run']>[1]) : undefined);
	}

	/** Calls `listener` when a worker dies outside any task (its module failed to load). */
	onError(listener: (error: unknown) => void): void {
		this.pool.on('error', listener);
	}

	/** Ends every worker; tasks they hold are rejected. */
	close(): Promise<void> {
		return (this.closing ??= this.pool.destroy());
	}
}

/**
 * Runs `work` with a pool of `threads − 1` workers, closed however it ends. Once `work` has
 * succeeded, its result is given without waiting for the workers to end: a worker's ending frees
 * its heap (hundreds of MB after the annotate stage) on its own thread, which this one only sat
 * waiting for before it could render and write the pages. A failure waits for them, so the error
 * is thrown once nothing is left running.
 */
export async function withWorkerPool<R>(threads: number, work: (pool: WorkerPool) => Promise<R>): Promise<R> {
	const pool = new WorkerPool(Math.max(1, threads - 1));
	let result: R;
	try {
		result = await work(pool);
	} catch (error) {
		await pool.close();
		throw error;
	}
	// Ended in the background; the process stays up until they have (a worker keeps it alive).
	// Every task has answered by now, so a worker failing as it ends changes nothing made.
	pool.close().catch(() => {});
	return result;
}
