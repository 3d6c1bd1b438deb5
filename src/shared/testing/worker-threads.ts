/**
 * Testing code that runs worker threads: which workers it starts (seen through Node's
 * `worker_threads` diagnostics channel), so a test can check that a pool ended every one of
 * them, and how a process running it ends.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';

/** Runs `body` and returns every worker thread started meanwhile. */
export async function workersStartedBy(body: () => Promise<unknown>): Promise<Worker[]> {
	const started: Worker[] = [];
	const onWorker = (message: unknown) => started.push((message as { worker: Worker }).worker);
	subscribe('worker_threads', onWorker);
	try {
		await body();
	} finally {
		unsubscribe('worker_threads', onWorker);
	}
	return started;
}

/** Whether the worker has ended: Node gives a worker that no longer runs the thread id -1. */
export const hasEnded = (worker: Worker) => worker.threadId === -1;

/**
 * Runs `source` as an ES module file in a new Node process (a file, not `--eval`: workers
 * inherit the flags, and `--input-type` stops them from starting).
 */
export function runScript(source: string): SpawnSyncReturns<string> {
	const dir = mkdtempSync(join(tmpdir(), 'paperfold-script-'));
	try {
		writeFileSync(join(dir, 'script.mjs'), source);
		return spawnSync(process.execPath, [join(dir, 'script.mjs')], { encoding: 'utf8', timeout: 60_000 });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
