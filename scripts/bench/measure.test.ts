import { describe, expect, it } from 'vitest';
import { measureCommand, parseTimeVerbose } from './measure.ts';

const REPORT = `	Command being timed: "node x.js"
	User time (seconds): 12.34
	System time (seconds): 1.66
	Percent of CPU this job got: 98%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50
	Maximum resident set size (kbytes): 2097152
	Exit status: 0
`;

describe('parseTimeVerbose', () => {
	it('reads CPU (user + system), wall clock and peak RSS in MiB', () => {
		expect(parseTimeVerbose(REPORT)).toEqual({ cpuSeconds: 14, wallSeconds: 62.5, peakRssMiB: 2048 });
	});

	it('reads h:mm:ss wall clocks', () => {
		expect(parseTimeVerbose(REPORT.replace('1:02.50', '1:00:01.00')).wallSeconds).toBe(3601);
	});

	it('names the missing line when the report is incomplete', () => {
		expect(() => parseTimeVerbose('User time (seconds): 1')).toThrow(/System time/);
	});
});

describe('measureCommand', () => {
	it('measures a real child process: its memory, exit code and output', async () => {
		const script = 'const a = Buffer.alloc(64 * 1024 * 1024, 1); console.log(a[5]); process.exit(3)';
		const run = await measureCommand(process.execPath, ['-e', script], { cwd: process.cwd() });
		expect(run.exitCode).toBe(3);
		expect(run.output.trim()).toBe('1');
		expect(run.peakRssMiB).toBeGreaterThan(64);
		expect(run.wallSeconds).toBeGreaterThan(0);
		expect(run.cpuSeconds).toBeGreaterThan(0);
	});
});
