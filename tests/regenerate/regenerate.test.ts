/**
 * Regenerating `content/papers`, end to end through the real command (`scripts/build.ts --no-site`) on a
 * throwaway copy of the project: an unchanged input changes zero bytes; deleted and
 * edited generated pages are restored by the next run; readers' notes are never
 * touched, and a note whose paper is gone is reported, not deleted.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy, runBuild } from '../helpers/build-site.ts';

let root: string;
let papers: string;
let notes: string;

/** name → [bytes, inode, mtime] of every file of a folder. */
function files(dir: string): Record<string, [string, number, number]> {
	return Object.fromEntries(
		readdirSync(dir).sort().map((name) => {
			const stats = statSync(join(dir, name));
			return [name, [readFileSync(join(dir, name), 'utf8'), stats.ino, stats.mtimeMs]];
		}),
	);
}

function generate() {
	const run = runBuild(root, ['--no-site']);
	if (run.status !== 0) throw new Error(`generation failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
	return run;
}

beforeAll(() => {
	root = copyProject('paperfold-regenerate-');
	papers = join(root, 'content/papers');
	notes = join(root, 'content/notes');
	generate();
});
afterAll(() => removeCopy(root));

describe('regenerating content/papers', () => {
	it('changes zero bytes when the input is unchanged: same files, inodes and mtimes', () => {
		const before = files(papers);
		expect(Object.keys(before).filter((name) => name.endsWith('.mdx')).length).toBeGreaterThan(0);
		generate();
		expect(files(papers)).toEqual(before);
	});

	it('restores deleted and edited pages, drops stray ones, and leaves notes untouched', () => {
		const before = files(papers);
		const [deleted, edited, kept] = Object.keys(before).filter((name) => name.endsWith('.mdx')) as [string, string, string];
		mkdirSync(notes, { recursive: true });
		writeFileSync(join(notes, edited.replace(/\.mdx$/, '.md')), 'My reading notes: {not MDX} <b>mine</b>.\n');
		const notesBefore = files(notes);

		rmSync(join(papers, deleted));
		writeFileSync(join(papers, edited), 'edited by hand\n');
		writeFileSync(join(papers, 'stray-page.mdx'), 'left over\n');
		generate();

		const after = files(papers);
		// Every page is as before; the note-owners record now also names the new note's paper.
		const pages = (all: typeof after) => Object.fromEntries(Object.entries(all).filter(([name]) => name !== '_note-owners.json').map(([name, [bytes]]) => [name, bytes]));
		expect(pages(after)).toEqual(pages(before));
		expect(Object.keys(JSON.parse(readFileSync(join(papers, '_note-owners.json'), 'utf8')).owners)).toContain(edited.replace(/\.mdx$/, ''));
		expect(after[kept]).toEqual(before[kept]);
		expect(files(notes)).toEqual(notesBefore);
	});

	it('reports a note whose paper disappeared and keeps it', () => {
		mkdirSync(notes, { recursive: true });
		writeFileSync(join(notes, 'a-paper-that-is-gone.md'), 'Still mine.\n');
		const run = generate();
		expect(`${run.stdout}\n${run.stderr}`).toContain('a-paper-that-is-gone.md');
		expect(readFileSync(join(notes, 'a-paper-that-is-gone.md'), 'utf8')).toBe('Still mine.\n');
	});
});
