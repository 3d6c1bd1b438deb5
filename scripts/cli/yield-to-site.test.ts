import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yieldToSite } from './yield-to-site.ts';

/** A stand-in for the system calls: the priority it holds, and every priority it was asked to set. */
function fakeCalls(start: number, refuse = false) {
	const asked: number[] = [];
	let now = start;
	return {
		asked,
		calls: {
			get: () => now,
			set: (_pid: number, priority: number) => {
				if (refuse) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
				asked.push((now = priority));
			},
		},
	};
}

describe('yieldToSite', () => {
	it('lowers the priority to the nice value asked', () => {
		const fake = fakeCalls(0);
		expect(yieldToSite(10, fake.calls)).toBe(true);
		expect(fake.asked).toEqual([10]);
	});

	it('never raises a priority that is lower already', () => {
		const fake = fakeCalls(15);
		expect(yieldToSite(10, fake.calls)).toBe(true);
		expect(fake.asked).toEqual([]);
	});

	it('answers false where the system refuses, and throws nothing', () => {
		const fake = fakeCalls(0, true);
		expect(yieldToSite(10, fake.calls)).toBe(false);
	});

	it.runIf(process.platform === 'linux')('on Linux lowers the calling thread alone, not the process’s other threads', () => {
		// A process of its own with one worker thread: the main thread steps back, the worker keeps its priority.
		const script = `
			import { readdirSync, readFileSync } from 'node:fs';
			import { getPriority } from 'node:os';
			import { Worker } from 'node:worker_threads';
			import { yieldToSite } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'yield-to-site.ts')).href)};
			const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
			await new Promise((started) => worker.once('online', started));
			const before = getPriority();
			const yielded = yieldToSite(12);
			const nice = (tid) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
			const tids = readdirSync('/proc/self/task').map(Number);
			console.log(JSON.stringify({ before, yielded, main: nice(process.pid), others: tids.filter((tid) => tid !== process.pid).map(nice) }));
			await worker.terminate();`;
		const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		const { before, yielded, main, others } = JSON.parse(run.stdout) as { before: number; yielded: boolean; main: number; others: number[] };
		expect(yielded).toBe(true);
		// A test run started at a lower priority than 12 stays at it (nothing is raised).
		expect(main).toBe(Math.max(before, 12));
		expect(others.length).toBeGreaterThan(0);
		expect(others.every((nice) => nice === before)).toBe(true);
	});
});
