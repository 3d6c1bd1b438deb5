import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, siteLockFile } from '../../scripts/cli/build-lock.ts';

let dir: string;
let file: string;
/** The id of a process that has exited. */
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-lock-'));
	file = join(dir, 'cache/build.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('acquireBuildLock', () => {
	it('takes a free lock, writing its process id, and releases it', () => {
		const lock = acquireBuildLock(file);
		expect('release' in lock).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
		if ('release' in lock) lock.release();
		expect(existsSync(file)).toBe(false);
	});

	it('says who holds a lock whose process is alive', () => {
		const lock = acquireBuildLock(file);
		expect(acquireBuildLock(file)).toEqual({ heldBy: process.pid });
		if ('release' in lock) lock.release();
	});

	it('takes over a lock whose process is gone', () => {
		acquireBuildLock(file);
		const pid = deadPid();
		writeFileSync(file, `${pid}\n`);
		const lock = acquireBuildLock(file);
		expect('release' in lock).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
	});

	it('waits out a lock still being written, and takes one abandoned empty', () => {
		acquireBuildLock(file);
		writeFileSync(file, '');
		expect(acquireBuildLock(file)).toEqual({ heldBy: null });
		const old = new Date(Date.now() - 60_000);
		utimesSync(file, old, old);
		expect('release' in acquireBuildLock(file)).toBe(true);
	});

	it('leaves nothing of its own beside the lock, taken or refused', () => {
		const lock = acquireBuildLock(file);
		acquireBuildLock(file);
		expect(readdirSync(join(dir, 'cache'))).toEqual(['build.lock']);
		if ('release' in lock) lock.release();
		expect(readdirSync(join(dir, 'cache'))).toEqual([]);
	});

	it('is never seen without its holder\'s id by builders racing for it', async () => {
		// Builders taking and releasing the lock over and over: a refused one must always name the holder.
		const race = `import { acquireBuildLock } from ${JSON.stringify(new URL('../../scripts/cli/build-lock.ts', import.meta.url).pathname)};
			let unnamed = 0, took = 0;
			for (let i = 0; i < 400; i++) {
				const lock = acquireBuildLock(process.argv[1]);
				if ('release' in lock) { took++; lock.release(); } else if (lock.heldBy === null) unnamed++;
			}
			process.stdout.write(JSON.stringify({ unnamed, took }));`;
		const runs = await Promise.all(
			Array.from({ length: 4 }, () => new Promise<{ unnamed: number; took: number }>((done) => {
				const child = spawn(process.execPath, ['--input-type=module', '-e', race, file]);
				let out = '';
				child.stdout.on('data', (chunk) => (out += chunk));
				child.on('close', () => done(JSON.parse(out)));
			})),
		);
		expect(runs.reduce((sum, run) => sum + run.took, 0)).toBeGreaterThan(0);
		expect(runs.map((run) => run.unnamed)).toEqual([0, 0, 0, 0]);
	});

	it('does not remove a lock that is no longer its own', () => {
		const lock = acquireBuildLock(file);
		writeFileSync(file, '1\n');
		if ('release' in lock) lock.release();
		expect(readFileSync(file, 'utf8')).toBe('1\n');
	});
});

describe('siteLockFile', () => {
	it('puts the lock beside the site folder, whether or not the folder exists yet', () => {
		expect(siteLockFile(join(dir, 'site'))).toBe(join(dir, '.site.lock'));
		mkdirSync(join(dir, 'site'));
		expect(siteLockFile(join(dir, 'site'))).toBe(join(dir, '.site.lock'));
		expect(siteLockFile(join(dir, 'new/deeper/site'))).toBe(join(dir, 'new/deeper/.site.lock'));
	});

	it('gives one folder reached through a symlink the lock of its real path', () => {
		mkdirSync(join(dir, 'real/site'), { recursive: true });
		mkdirSync(join(dir, 'project'));
		symlinkSync(join(dir, 'real'), join(dir, 'project/out'), 'dir');
		symlinkSync(join(dir, 'real/site'), join(dir, 'project/dist'), 'dir');
		const real = siteLockFile(join(dir, 'real/site'));
		expect(siteLockFile(join(dir, 'project/out/site'))).toBe(real);
		expect(siteLockFile(join(dir, 'project/dist'))).toBe(real);
		expect(siteLockFile(join(dir, 'project/out/not-yet'))).toBe(join(dir, 'real/.not-yet.lock'));
	});
});
