/**
 * One build at a time in a project folder, and one at a time into a site folder: a second
 * build while one runs exits 4 and changes nothing; a lock left by a build that died is
 * taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siteLockFile } from '../../scripts/cli/build-lock.ts';
import { copyProject, removeCopy, runBuild, userEnv } from '../helpers/build-site.ts';

let root: string;
const lockFile = () => join(root, '.paperfold-cache/build.lock');

/** Starts `node scripts/build.ts ARGS` in `cwd` without waiting for it. */
const start = (cwd: string, args: string[]) =>
	new Promise<{ status: number | null; stderr: string }>((resolve) => {
		const child = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd, env: { ...userEnv(), CI: 'true' } });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('exit', (status) => resolve({ status, stderr }));
	});

beforeEach(() => {
	root = copyProject('paperfold-lock-');
});
afterEach(() => removeCopy(root));

describe('the build lock', () => {
	it('turns a build away while the lock holder runs (exit 4), and builds once it is gone', async () => {
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120_000)'], { stdio: 'ignore' });
		mkdirSync(join(root, '.paperfold-cache'), { recursive: true });
		writeFileSync(lockFile(), `${holder.pid}\n`);
		const refused = runBuild(root, ['--no-site']);
		expect(refused.status).toBe(4);
		expect(refused.stderr).toContain(`another build (process ${holder.pid}) is running in this folder`);
		expect(existsSync(join(root, 'content/papers'))).toBe(false);

		const gone = new Promise((resolve) => holder.on('exit', resolve));
		holder.kill();
		await gone;
		expect(runBuild(root, ['--no-site']).status).toBe(0);
	});

	it('lets exactly one of two builds started together run', async () => {
		const runs = await Promise.all([start(root, ['--no-site']), start(root, ['--no-site'])]);
		expect(runs.map((run) => run.status).sort()).toEqual([0, 4]);
		expect(runs.find((run) => run.status === 4)!.stderr).toMatch(/another build \(process \d+\) is running in this folder/);
		expect(readdirSync(join(root, 'content/papers')).filter((f) => f.endsWith('.mdx'))).toHaveLength(48);
		expect(existsSync(lockFile())).toBe(false);
	});

	it('takes over a lock whose build is gone', () => {
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
		mkdirSync(join(root, '.paperfold-cache'), { recursive: true });
		writeFileSync(lockFile(), `${gone.stdout}\n`);
		const run = runBuild(root, ['--no-site']);
		expect(run.status, run.stderr).toBe(0);
		expect(existsSync(lockFile())).toBe(false);
	});

	it('is released when the build fails', () => {
		const run = runBuild(root, ['--no-site', '--source', 'package.json']);
		expect(run.status).toBe(1);
		expect(existsSync(lockFile())).toBe(false);
		expect(readFileSync(join(root, 'package.json'), 'utf8')).toContain('paperfold');
	});
});

describe('the site lock', () => {
	let other: string;
	let shared: string;
	let dist: string;
	beforeEach(() => {
		other = copyProject('paperfold-lock-other-');
		shared = mkdtempSync(join(tmpdir(), 'paperfold-shared-dist-'));
		dist = join(shared, 'site');
	});
	afterEach(() => {
		removeCopy(other);
		rmSync(shared, { recursive: true, force: true });
	});

	it('turns away a build from another folder into a --dist being written (exit 4), before generating', () => {
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120_000)'], { stdio: 'ignore' });
		try {
			writeFileSync(siteLockFile(dist), `${holder.pid}\n`);
			const refused = runBuild(root, ['--dist', dist]);
			expect(refused.status).toBe(4);
			expect(refused.stderr).toContain(`--dist ${dist}: another build (process ${holder.pid}) is writing this site`);
			expect(existsSync(join(root, 'content/papers'))).toBe(false);
			expect(existsSync(dist)).toBe(false);
		} finally {
			holder.kill();
		}
	});

	it('lets one of two project folders building into one --dist at once publish a whole site', async () => {
		const runs = await Promise.all([start(root, ['--dist', dist]), start(other, ['--dist', dist])]);
		expect(runs.map((run) => run.status).sort(), runs.map((run) => run.stderr).join('\n')).toEqual([0, 4]);
		expect(runs.find((run) => run.status === 4)!.stderr).toMatch(/another build(?: \(process \d+\))? is writing this site; wait for it to finish/);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('</html>');
		expect(readdirSync(join(dist, 'papers'), { withFileTypes: true }).filter((entry) => entry.isDirectory())).toHaveLength(48);
		// No staging folder, moved-aside site or lock is left beside the published one.
		expect(readdirSync(shared)).toEqual(['site']);
	}, 900_000); // a whole site build, on a machine other tests load too
});
