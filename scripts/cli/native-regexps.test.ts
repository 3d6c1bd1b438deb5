import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIVE_REGEXPS_FLAG } from './native-regexps.ts';

/**
 * Runs, in a fresh Node process started with `flags` and V8's tier-up trace on, a pattern twice on
 * this thread and twice on a worker thread; returns what V8 printed from then on (Node's own
 * start-up runs patterns before).
 */
function regExpTrace(flags: string[]): string {
	const script = `
		import { Worker } from 'node:worker_threads';
		console.log('start');
		const run = "for (let i = 0; i < 2; i++) [...'a 12 kg, b 3 m'.matchAll(/\\\\d+\\\\s?(?:kg|m)\\\\b/g)];";
		eval(run);
		const worker = new Worker(run, { eval: true });
		worker.once('exit', () => console.log('done'));
	`;
	return execFileSync(process.execPath, [...flags, '--trace-regexp-tier-up', '--input-type=module', '-e', script], { encoding: 'utf8' }).split('start\n')[1]!;
}

describe('NATIVE_REGEXPS_FLAG', () => {
	it('compiles patterns straight to machine code, on this thread and on worker threads', () => {
		const trace = regExpTrace([NATIVE_REGEXPS_FLAG]);
		expect(trace).toMatch(/native code size/);
		expect(trace).not.toMatch(/bytecode size/);
		expect(trace).toMatch(/done/);
	});

	it('is what changes V8 from its default, which interprets a pattern before compiling it', () => {
		expect(regExpTrace([])).toMatch(/bytecode size/);
	});

	it('starts the generator of `npm run build` and `npm run generate`, on the command line where V8 reads it', () => {
		const { scripts } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
		for (const name of ['build', 'generate']) expect(scripts[name]).toMatch(new RegExp(`^node ${NATIVE_REGEXPS_FLAG} scripts/build\\.ts\\b`));
	});
});
