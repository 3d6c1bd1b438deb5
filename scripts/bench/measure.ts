/**
 * Measures a command from outside its process: wall time, CPU time (user + system) and
 * peak resident memory, as GNU time (`/usr/bin/time -v`) reports them from the kernel's
 * accounting of the process and every child it waited for.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one measured command cost. */
export interface Measurement {
	wallSeconds: number;
	cpuSeconds: number;
	/** Peak resident set size of the process or its largest child, in MiB. */
	peakRssMiB: number;
}

/** A measured command's cost plus what it printed. */
export interface CommandRun extends Measurement {
	exitCode: number;
	output: string;
}

/** Reads the cost figures out of `/usr/bin/time -v` output; throws when one is missing. */
export function parseTimeVerbose(report: string): Omit<Measurement, 'wallSeconds'> & { wallSeconds: number } {
	const field = (label: string) => {
		const line = report.split('\n').find((candidate) => candidate.trim().startsWith(label));
		if (!line) throw new Error(`/usr/bin/time -v output has no "${label}" line:\n${report}`);
		return line.slice(line.lastIndexOf(': ') + 2).trim();
	};
	const user = Number(field('User time (seconds)'));
	const system = Number(field('System time (seconds)'));
	const rssKb = Number(field('Maximum resident set size (kbytes)'));
	// "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.35"
	const wall = field('Elapsed (wall clock) time')
		.split(':')
		.reduce((total, part) => total * 60 + Number(part), 0);
	return { wallSeconds: wall, cpuSeconds: user + system, peakRssMiB: rssKb / 1024 };
}

/** Options of one measured command. */
export interface MeasureOptions {
	cwd: string;
	env?: NodeJS.ProcessEnv;
	/** Echo the command's output live (it is captured either way). */
	echo?: boolean;
}

/**
 * Runs `command args…` under `/usr/bin/time -v` and returns its cost. Wall time is taken
 * here with a monotonic clock (finer than time's centiseconds); CPU and memory from time.
 */
export async function measureCommand(command: string, args: string[], options: MeasureOptions): Promise<CommandRun> {
	const dir = mkdtempSync(join(tmpdir(), 'paperfold-time-'));
	const reportFile = join(dir, 'time.txt');
	const started = performance.now();
	try {
		const child = spawn('/usr/bin/time', ['-v', '-o', reportFile, command, ...args], {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		const collect = (chunk: Buffer) => {
			output += chunk.toString();
			if (options.echo) process.stderr.write(chunk);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		const exitCode = await new Promise<number>((resolve, reject) => {
			child.on('error', reject);
			child.on('close', (code) => resolve(code ?? 1));
		});
		const wallSeconds = (performance.now() - started) / 1000;
		const figures = parseTimeVerbose(readFileSync(reportFile, 'utf8'));
		return { ...figures, wallSeconds, exitCode, output };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
