/**
 * One build at a time in a project folder: a second build while one runs exits 4 and
 * changes nothing; a lock left by a build that died is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../helpers/build-site.ts';

let root: string;
const lockFile = () => join(root, '.paperfold-cache/build.lock');

beforeEach(() => {
	root = copyProject('paperfold-lock-');
});
afterEach(() => removeCopy(root));

describe('the build lock', () => {
	it('turns a second build away while the first runs (exit 4), and the first still succeeds', async () => {
		const first = spawn(process.execPath, ['scripts/build.ts', '--no-site'], { cwd: root, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
		const firstExit = new Promise<number | null>((resolve) => first.on('exit', resolve));
		while (!existsSync(lockFile())) await new Promise((resolve) => setTimeout(resolve, 20));

		const second = runBuild(root, ['--no-site', '--source', 'content/sources/hf-papers-few-shot-rl.txt']);
		expect(second.status).toBe(4);
		expect(second.stderr).toContain(`another build (process ${first.pid}) is running in this folder`);
		expect(await firstExit).toBe(0);
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
