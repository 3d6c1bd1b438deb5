import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FSYNC_EACH_UP_TO, flushFiles, fsyncEach, syncFileSystem } from './flush-files.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-flush-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (count: number) =>
	Array.from({ length: count }, (_, i) => {
		writeFileSync(join(dir, `${i}.mdx`), `page ${i}\n`);
		return `${i}.mdx`;
	});

describe('syncFileSystem', () => {
	it.runIf(process.platform === 'linux')('flushes the file system of an existing folder', async () => {
		expect(await syncFileSystem(dir)).toBe(true);
	});

	it('reports failure for a folder that does not exist', async () => {
		expect(await syncFileSystem(join(dir, 'missing'))).toBe(false);
	});
});

describe('fsyncEach', () => {
	it('fails naming a file that is not there', async () => {
		write(3);
		await expect(fsyncEach(dir, ['0.mdx', 'gone.mdx', '2.mdx'])).rejects.toThrow(/gone\.mdx/);
	});
});

describe('flushFiles', () => {
	it('leaves a few files and many files as they were written', async () => {
		const few = write(3);
		await flushFiles(dir, few);
		const many = write(FSYNC_EACH_UP_TO + 5);
		await flushFiles(dir, many);
		expect(many.map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual(many.map((_, i) => `page ${i}\n`));
	});

	it('fsyncs each file where the file system cannot be synced, and fails on a missing one', async () => {
		// Many names in a folder that does not exist: `sync -f` fails, the fallback names the file.
		const names = Array.from({ length: FSYNC_EACH_UP_TO + 1 }, (_, i) => `${i}.mdx`);
		await expect(flushFiles(join(dir, 'missing'), names)).rejects.toThrow(/missing/);
	});
});
