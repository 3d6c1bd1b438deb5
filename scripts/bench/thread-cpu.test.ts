import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREAD_CPU_ENV } from './thread-cpu-preload.ts';
import { readThreadStat, threadCpuByName, type ThreadCpu } from './thread-cpu.ts';

describe('readThreadStat', () => {
	it('reads the name between the first and last bracket and sums user and system ticks', () => {
		expect(readThreadStat('42 (V8Worker) S 1 1 1 0 -1 4194368 0 0 0 0 250 30 0 0 20 0 1 0 9 0 0', 100)).toEqual({ name: 'V8Worker', cpuSeconds: 2.8 });
		expect(readThreadStat('7 (a (b) c) R 1 1 1 0 -1 0 0 0 0 0 5 5 0 0 20 0 1 0 9 0 0', 100)).toEqual({ name: 'a (b) c', cpuSeconds: 0.1 });
	});

	it('refuses a line without a name or times', () => {
		expect(() => readThreadStat('garbage', 100)).toThrow();
		expect(() => readThreadStat('1 (x) S', 100)).toThrow();
	});
});

describe('threadCpuByName', () => {
	it('sums the threads of one name, largest first', () => {
		const last = new Map<string, ThreadCpu>([
			['1', { name: 'MainThread', cpuSeconds: 3 }],
			['2', { name: 'V8Worker', cpuSeconds: 1 }],
			['3', { name: 'V8Worker', cpuSeconds: 2.5 }],
		]);
		expect(threadCpuByName(last)).toEqual([
			{ name: 'V8Worker', cpuSeconds: 3.5 },
			{ name: 'MainThread', cpuSeconds: 3 },
		]);
	});
});

describe.runIf(process.platform === 'linux')('thread-cpu-preload', () => {
	it('writes the CPU of the main thread and of a worker thread at exit', () => {
		const dir = mkdtempSync(join(tmpdir(), 'thread-cpu-'));
		try {
			const file = join(dir, 'threads.json');
			const script = `const { Worker } = await import('node:worker_threads');
				const spin = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
				spin(300);
				await new Promise((done) => new Worker('const end = Date.now() + 600; while (Date.now() < end);', { eval: true }).on('exit', done));`;
			execFileSync(process.execPath, ['--import', join(import.meta.dirname, 'thread-cpu-preload.ts'), '--input-type=module', '-e', script], { env: { ...process.env, [THREAD_CPU_ENV]: file } });
			const threads = JSON.parse(readFileSync(file, 'utf8')) as ThreadCpu[];
			const main = threads.find((t) => t.name === 'MainThread');
			expect(main?.cpuSeconds).toBeGreaterThan(0.1);
			expect(threads.some((t) => t.name === 'WorkerThread')).toBe(true);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
