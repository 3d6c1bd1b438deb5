import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverInterruptedWrite } from '../../scripts/write/recover.ts';
import { writeGeneratedDir, type GeneratedFile } from '../../scripts/write/write-generated.ts';

let root: string;
let target: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'paperfold-write-'));
	target = join(root, 'papers');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const pages = (version: string, count = 5): GeneratedFile[] =>
	Array.from({ length: count }, (_, i) => ({ name: `paper-${i}.mdx`, content: `---\nversion: ${version}\n---\n\nPaper ${i} {x} <b>\n` }));

/** name → bytes of every entry of a folder. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** name → [inode, mtime] of every entry of a folder. */
function identities(dir: string): Record<string, [number, number]> {
	return Object.fromEntries(readdirSync(dir).map((name) => {
		const stats = statSync(join(dir, name), { bigint: false });
		return [name, [stats.ino, stats.mtimeMs]];
	}));
}

/** Siblings the writer may leave behind (`.papers.tmp-*`, `.papers.old-*`). */
const leftovers = () => readdirSync(root).filter((name) => name.startsWith('.papers.'));

/** The id of a process that has exited. */
async function deadPid(): Promise<number> {
	const child = spawn(process.execPath, ['-e', '']);
	await new Promise((done) => child.on('exit', done));
	return child.pid!;
}

describe('writeGeneratedDir', () => {
	it('creates the folder with exactly the given files when it does not exist yet', async () => {
		const result = await writeGeneratedDir(target, pages('v1', 3));
		expect(snapshot(target)).toEqual(Object.fromEntries(pages('v1', 3).map((file) => [file.name, file.content])));
		expect(result).toEqual({ written: ['paper-0.mdx', 'paper-1.mdx', 'paper-2.mdx'], unchanged: [], removed: [] });
		expect(leftovers()).toEqual([]);
	});

	it('changes zero bytes for an unchanged input: same folder, inodes and mtimes', async () => {
		await writeGeneratedDir(target, pages('v1'));
		const before = { dir: statSync(target).ino, files: identities(target) };
		const result = await writeGeneratedDir(target, pages('v1'));
		expect(result.written).toEqual([]);
		expect(result.unchanged).toHaveLength(5);
		expect({ dir: statSync(target).ino, files: identities(target) }).toEqual(before);
		expect(leftovers()).toEqual([]);
	});

	it('rewrites only the changed file; the others keep their inode and mtime', async () => {
		await writeGeneratedDir(target, pages('v1'));
		const before = identities(target);
		const next = pages('v1');
		next[2] = { name: 'paper-2.mdx', content: 'changed\n' };
		const result = await writeGeneratedDir(target, next);
		expect(result).toEqual({ written: ['paper-2.mdx'], unchanged: ['paper-0.mdx', 'paper-1.mdx', 'paper-3.mdx', 'paper-4.mdx'], removed: [] });
		const after = identities(target);
		expect(after['paper-2.mdx']![0]).not.toBe(before['paper-2.mdx']![0]);
		const { 'paper-2.mdx': _, ...unchangedAfter } = after;
		const { 'paper-2.mdx': __, ...unchangedBefore } = before;
		expect(unchangedAfter).toEqual(unchangedBefore);
		expect(readFileSync(join(target, 'paper-2.mdx'), 'utf8')).toBe('changed\n');
	});

	it('links a file the caller read in place without reading it again, and writes one marked so that is not there', async () => {
		await writeGeneratedDir(target, pages('v1', 2));
		const before = identities(target);
		// The caller vouches for the bytes: what is in place is kept, even where content says otherwise.
		const next: GeneratedFile[] = [
			{ name: 'paper-0.mdx', content: 'not read\n', inPlace: true },
			{ name: 'paper-1.mdx', content: 'changed\n' },
			{ name: 'paper-2.mdx', content: 'new\n', inPlace: true },
		];
		const result = await writeGeneratedDir(target, next);
		expect(result).toEqual({ written: ['paper-1.mdx', 'paper-2.mdx'], unchanged: ['paper-0.mdx'], removed: [] });
		expect(identities(target)['paper-0.mdx']).toEqual(before['paper-0.mdx']);
		expect(snapshot(target)).toEqual({ 'paper-0.mdx': pages('v1', 1)[0]!.content, 'paper-1.mdx': 'changed\n', 'paper-2.mdx': 'new\n' });
	});

	it('removes stale pages of papers that disappeared', async () => {
		await writeGeneratedDir(target, pages('v1', 4));
		const result = await writeGeneratedDir(target, pages('v1', 2));
		expect(result.removed).toEqual(['paper-2.mdx', 'paper-3.mdx']);
		expect(Object.keys(snapshot(target))).toEqual(['paper-0.mdx', 'paper-1.mdx']);
	});

	it('restores deleted and edited pages and never touches the notes beside them', async () => {
		const notes = join(root, 'notes');
		mkdirSync(notes);
		writeFileSync(join(notes, 'paper-1.md'), 'My own note on paper 1.\n');
		const noteBefore = identities(notes);
		await writeGeneratedDir(target, pages('v1'));
		rmSync(join(target, 'paper-0.mdx'));
		writeFileSync(join(target, 'paper-1.mdx'), 'edited by hand\n');
		writeFileSync(join(target, 'stray.mdx'), 'not generated\n');
		const result = await writeGeneratedDir(target, pages('v1'));
		expect(result.written).toEqual(['paper-0.mdx', 'paper-1.mdx']);
		expect(result.removed).toEqual(['stray.mdx']);
		expect(snapshot(target)).toEqual(Object.fromEntries(pages('v1').map((file) => [file.name, file.content])));
		expect(identities(notes)).toEqual(noteBefore);
		expect(readFileSync(join(notes, 'paper-1.md'), 'utf8')).toBe('My own note on paper 1.\n');
	});

	it('leaves the previous output intact when generation is killed midway, and the next run recovers', async () => {
		await writeGeneratedDir(target, pages('v1'));
		const previous = snapshot(target);
		const writer = fileURLToPath(new URL('./fixtures/slow-writer.ts', import.meta.url));
		const child = spawn(process.execPath, [writer, target, '400', 'v2', '50'], { stdio: ['ignore', 'pipe', 'inherit'] });
		await new Promise<void>((done, fail) => {
			let output = '';
			child.stdout.on('data', (chunk) => {
				output += chunk;
				if (output.includes('stalled\n')) {
					child.kill('SIGKILL');
					done();
				}
			});
			child.on('exit', (code) => fail(new Error(`writer exited (${code}) before it was killed: ${output}`)));
		});
		await new Promise((done) => child.on('exit', done));
		expect(snapshot(target)).toEqual(previous);
		expect(leftovers()).toEqual([`.papers.tmp-${child.pid}`]);
		const staged = readdirSync(join(root, `.papers.tmp-${child.pid}`)).length;
		expect(staged).toBeGreaterThanOrEqual(50);
		expect(staged).toBeLessThan(400);

		const result = await writeGeneratedDir(target, pages('v3'));
		expect(result.written).toHaveLength(5);
		expect(snapshot(target)).toEqual(Object.fromEntries(pages('v3').map((file) => [file.name, file.content])));
		expect(leftovers()).toEqual([]);
	});

	it('restores the previous output when a run died between the two renames of the swap', async () => {
		await writeGeneratedDir(target, pages('v1'));
		const previous = snapshot(target);
		const pid = await deadPid();
		renameSync(target, join(root, `.papers.old-${pid}`));
		mkdirSync(join(root, `.papers.tmp-${pid}`));
		writeFileSync(join(root, `.papers.tmp-${pid}`, 'paper-0.mdx'), 'half-written');
		expect(await recoverInterruptedWrite(target)).toEqual({ restored: join(root, `.papers.old-${pid}`), removed: [join(root, `.papers.tmp-${pid}`)] });
		expect(snapshot(target)).toEqual(previous);
		expect(leftovers()).toEqual([]);
	});

	it('leaves the staging folder of a live concurrent run alone', async () => {
		const live = join(root, `.papers.tmp-${process.ppid}`);
		mkdirSync(live);
		await writeGeneratedDir(target, pages('v1'));
		expect(leftovers()).toEqual([`.papers.tmp-${process.ppid}`]);
	});

	it('keeps the previous output when the input fails midway, and cleans up its staging folder', async () => {
		await writeGeneratedDir(target, pages('v1'));
		const previous = snapshot(target);
		async function* failing(): AsyncGenerator<GeneratedFile> {
			yield* pages('v2', 3);
			throw new Error('bad record in input');
		}
		await expect(writeGeneratedDir(target, failing())).rejects.toThrow('bad record in input');
		expect(snapshot(target)).toEqual(previous);
		expect(leftovers()).toEqual([]);
	});

	it('writes on a thread of its own exactly what it writes in this one, linking and comparing as it does', async () => {
		const here = join(root, 'here');
		for (const [version, count] of [['v1', 70], ['v1', 70], ['v2', 140]] as const) {
			const files = pages(version, count);
			// The pages as a caller makes them: each text made when it is read.
			const made = files.map(({ name, content }) => ({ name, get content() { return content; } }));
			const onThread = await writeGeneratedDir(target, made, { writeOnThread: true, durable: false });
			const inThisThread = await writeGeneratedDir(here, files, { durable: false });
			expect(onThread).toEqual(inThisThread);
			expect(snapshot(target)).toEqual(snapshot(here));
			expect(snapshot(target)).toEqual(Object.fromEntries(files.map((file) => [file.name, file.content])));
		}
		expect(leftovers()).toEqual([]);
	});

	it('keeps the previous output when the input fails midway with files on the writer thread', async () => {
		await writeGeneratedDir(target, pages('v1'));
		const previous = snapshot(target);
		async function* failing(): AsyncGenerator<GeneratedFile> {
			yield* pages('v2', 100).map((file) => ({ ...file, name: `new-${file.name}` }));
			throw new Error('bad record in input');
		}
		await expect(writeGeneratedDir(target, failing(), { writeOnThread: true })).rejects.toThrow('bad record in input');
		expect(snapshot(target)).toEqual(previous);
		expect(leftovers()).toEqual([]);
	});

	it('rejects names that are not plain file names, and duplicates, before touching the target', async () => {
		await writeGeneratedDir(target, pages('v1'));
		const previous = snapshot(target);
		await expect(writeGeneratedDir(target, [{ name: '../escape.mdx', content: 'x' }])).rejects.toThrow(/not a plain file name/);
		await expect(writeGeneratedDir(target, [...pages('v2', 2), { name: 'paper-0.mdx', content: 'x' }])).rejects.toThrow(/appears twice/);
		expect(snapshot(target)).toEqual(previous);
		expect(readdirSync(root).sort()).toEqual(['papers']);
	});

	it('refuses to replace a folder that holds subfolders (a wrong output folder)', async () => {
		mkdirSync(join(target, 'notes'), { recursive: true });
		await expect(writeGeneratedDir(target, pages('v1'))).rejects.toThrow(/Refusing to replace .*papers: it holds folders \(notes\)/);
		expect(readdirSync(target)).toEqual(['notes']);
	});
});
