import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageLinker } from './page-linker.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A published site with `files` (relative path → text) and an empty new site beside it. */
function sites(files: Record<string, string>): { from: string; to: string } {
	const root = mkdtempSync(join(tmpdir(), 'paperfold-page-linker-'));
	folders.push(root);
	const from = join(root, 'dist');
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(from, file, '..'), { recursive: true });
		writeFileSync(join(from, file), text);
	}
	const to = join(root, 'new');
	mkdirSync(to);
	return { from, to };
}

describe('createPageLinker', () => {
	it('links every queued file into its folder in the new site, each once', async () => {
		const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`papers/p${i}/index.html`, `page ${i}`]));
		const { from, to } = sites({ ...files, 'topics/t/claims.csv': 'a,b' });
		const linker = createPageLinker(from, to, 4);
		for (const file of Object.keys(files)) linker.add(file);
		linker.add('papers/p0/index.html');
		linker.add('topics/t/claims.csv');
		await linker.done();
		for (const file of [...Object.keys(files), 'topics/t/claims.csv']) {
			expect(statSync(join(to, file)).ino).toBe(statSync(join(from, file)).ino);
		}
		expect(readFileSync(join(to, 'papers/p7/index.html'), 'utf8')).toBe('page 7');
	});

	it('is done at once with nothing queued', async () => {
		const { from, to } = sites({});
		await expect(createPageLinker(from, to).done()).resolves.toBeUndefined();
	});

	it('rejects with the first failure: a published file that is gone', async () => {
		const { from, to } = sites({ 'a/index.html': 'a' });
		const linker = createPageLinker(from, to);
		linker.add('a/index.html');
		linker.add('gone/index.html');
		await expect(linker.done()).rejects.toThrow(/ENOENT/);
	});
});
