import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutputFolder, MARKER, markerContent } from './output-marker.ts';

let dir: string;
const check = (kind: 'papers' | 'site', isDefault = false) => () => checkOutputFolder(dir, kind, { option: '--out out', isDefault });

beforeEach(() => {
	dir = join(mkdtempSync(join(tmpdir(), 'paperfold-marker-')), 'out');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('checkOutputFolder', () => {
	it('accepts a folder that does not exist yet, or an empty one', () => {
		expect(check('papers')).not.toThrow();
		mkdirSync(dir);
		expect(check('site')).not.toThrow();
	});

	it('accepts a folder marked as the same kind of output, and refuses the other kind', () => {
		mkdirSync(dir);
		writeFileSync(join(dir, MARKER), markerContent('papers'));
		writeFileSync(join(dir, 'a.mdx'), '');
		expect(check('papers')).not.toThrow();
		expect(check('site')).toThrow(`holds paperfold's other output ("paperfold papers"), not a built site`);
	});

	it('refuses a folder with other files and no marker, even one of generated-looking pages', () => {
		mkdirSync(dir);
		writeFileSync(join(dir, 'note.mdx'), 'mine');
		expect(check('papers')).toThrow('--out out: this folder');
		expect(check('papers')).toThrow('was not made by paperfold (no .paperfold-output file)');
	});

	it('accepts an unmarked default folder that holds only what paperfold writes there', () => {
		mkdirSync(dir);
		writeFileSync(join(dir, 'a-paper.mdx'), '');
		writeFileSync(join(dir, '_topics.json'), '[]');
		expect(check('papers', true)).not.toThrow();
		writeFileSync(join(dir, 'README.md'), 'mine');
		expect(check('papers', true)).toThrow('was not made by paperfold');
	});

	it('accepts an unmarked default site folder that holds a built site', () => {
		mkdirSync(join(dir, 'pagefind'), { recursive: true });
		expect(check('site', true)).toThrow('was not made by paperfold');
		writeFileSync(join(dir, 'index.html'), '<!doctype html>');
		expect(check('site', true)).not.toThrow();
	});

	it('refuses a file', () => {
		writeFileSync(dir, '');
		expect(check('site')).toThrow('is a file, not a folder');
	});
});
