import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasNotes } from './notes-folder.ts';

describe('hasNotes', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-notes-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('finds a Markdown or an MDX note', () => {
		writeFileSync(join(dir, 'some-paper.mdx'), 'A note.\n');
		expect(hasNotes(dir)).toBe(true);
		rmSync(join(dir, 'some-paper.mdx'));
		writeFileSync(join(dir, 'some-paper.md'), 'A note.\n');
		expect(hasNotes(dir)).toBe(true);
	});

	it('finds none in a folder holding only .gitkeep, other files or subfolders', () => {
		writeFileSync(join(dir, '.gitkeep'), '');
		writeFileSync(join(dir, 'draft.txt'), 'not a note');
		mkdirSync(join(dir, 'old.md'));
		expect(hasNotes(dir)).toBe(false);
	});

	it('finds none in a folder that does not exist', () => {
		expect(hasNotes(join(dir, 'missing'))).toBe(false);
	});
});
