import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesLinking } from './folder-link.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A published bundle with three files, and the files of a patched one: one changed, one new, one the same. */
function setUp() {
	dir = mkdtempSync(join(tmpdir(), 'folder-link-'));
	const published = join(dir, 'published');
	mkdirSync(join(published, 'fragment'), { recursive: true });
	writeFileSync(join(published, 'fragment/a.pf_fragment'), 'a bytes');
	writeFileSync(join(published, 'fragment/b.pf_fragment'), 'b bytes');
	writeFileSync(join(published, 'meta.pf_meta'), 'old meta');
	const files = new Map([
		['fragment/a.pf_fragment', Buffer.from('a bytes')],
		['fragment/b.pf_fragment', Buffer.from('b bytes, changed')],
		['fragment/c.pf_fragment', Buffer.from('c bytes')],
		['meta.pf_meta', Buffer.from('new meta')],
	]);
	return { published, files, out: join(dir, 'out') };
}

describe('writeFilesLinking', () => {
	it('links a file only where the published one has the same bytes, and writes the others as new files', () => {
		const { published, files, out } = setUp();
		expect(writeFilesLinking(files, out, published)).toBe(1);
		for (const [path, body] of files) expect(readFileSync(join(out, path))).toEqual(body);
		expect(statSync(join(out, 'fragment/a.pf_fragment')).ino).toBe(statSync(join(published, 'fragment/a.pf_fragment')).ino);
		expect(statSync(join(out, 'fragment/b.pf_fragment')).ino).not.toBe(statSync(join(published, 'fragment/b.pf_fragment')).ino);
		// The published files keep their bytes.
		expect(readFileSync(join(published, 'fragment/b.pf_fragment'), 'utf8')).toBe('b bytes');
		expect(readFileSync(join(published, 'meta.pf_meta'), 'utf8')).toBe('old meta');
	});

	it('writes every file without a published folder, or with one that does not exist', () => {
		const { files, out } = setUp();
		expect(writeFilesLinking(files, out)).toBe(0);
		expect(writeFilesLinking(files, join(dir, 'out2'), join(dir, 'nowhere'))).toBe(0);
		for (const [path, body] of files) expect(readFileSync(join(dir, 'out2', path))).toEqual(body);
	});

	it('never writes into a file already there, which may be a link to a published one', () => {
		const { published, files, out } = setUp();
		writeFilesLinking(files, out, published);
		const again = new Map([['fragment/a.pf_fragment', Buffer.from('rewritten')]]);
		expect(() => writeFilesLinking(again, out, published)).toThrow(/EEXIST/);
		expect(readFileSync(join(published, 'fragment/a.pf_fragment'), 'utf8')).toBe('a bytes');
	});
});
