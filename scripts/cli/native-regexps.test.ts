import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Runs, in a fresh Node process with V8's tier-up trace on, a pattern twice on this thread and twice
 * on a worker thread, after `compileRegExpsNatively()` when `natively`; returns what V8 printed from
 * then on (Node's own start-up runs patterns before).
 */
function regExpTrace(natively: boolean): string {
	const module = pathToFileURL(join(import.meta.dirname, 'native-regexps.ts')).href;
	const script = `
		import { Worker } from 'node:worker_threads';
		${natively ? `(await import(${JSON.stringify(module)})).compileRegExpsNatively();` : ''}
		console.log('start');
		const run = "for (let i = 0; i < 2; i++) [...'a 12 kg, b 3 m'.matchAll(/\\\\d+\\\\s?(?:kg|m)\\\\b/g)];";
		eval(run);
		const worker = new Worker(run, { eval: true });
		worker.once('exit', () => console.log('done'));
	`;
	return execFileSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], { encoding: 'utf8' }).split('start\n')[1]!;
}

describe('compileRegExpsNatively', () => {
	it('compiles patterns straight to machine code, on this thread and on worker threads', () => {
		const trace = regExpTrace(true);
		expect(trace).toMatch(/native code size/);
		expect(trace).not.toMatch(/bytecode size/);
		expect(trace).toMatch(/done/);
	});

	it('is what changes V8 from its default, which interprets a pattern before compiling it', () => {
		expect(regExpTrace(false)).toMatch(/bytecode size/);
	});
});
