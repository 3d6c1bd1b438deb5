import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFolder, unpackFolder } from './folder-pack.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-folder-pack-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('packFolder and unpackFolder', () => {
	it('give back every file, nested or empty, byte for byte', () => {
		mkdirSync(join(dir, 'a/index'), { recursive: true });
		writeFileSync(join(dir, 'a/entry.json'), '{"é":1}\n');
		writeFileSync(join(dir, 'a/index/en_1.pf_index'), Buffer.from([0, 10, 255]));
		writeFileSync(join(dir, 'a/empty'), '');
		// Pagefind names its output folder with a trailing slash.
		unpackFolder(packFolder(`${join(dir, 'a')}/`), join(dir, 'b'), 'test.pack');
		expect(readFileSync(join(dir, 'b/entry.json'), 'utf8')).toBe('{"é":1}\n');
		expect(readFileSync(join(dir, 'b/index/en_1.pf_index'))).toEqual(Buffer.from([0, 10, 255]));
		expect(readFileSync(join(dir, 'b/empty'), 'utf8')).toBe('');
	});

	it.each([
		['cut short', (pack: Buffer) => pack.subarray(0, pack.length - 1)],
		['with bytes after the last file', (pack: Buffer) => Buffer.concat([pack, Buffer.from('x')])],
		['with no header', () => Buffer.from('plain text')],
		['leaving its folder', () => Buffer.from('[["../x",1]]\nx')],
	])('refuse a pack %s, naming it', (_, damage) => {
		mkdirSync(join(dir, 'a'));
		writeFileSync(join(dir, 'a/f'), 'abc');
		expect(() => unpackFolder(damage(packFolder(join(dir, 'a'))), join(dir, 'b'), 'cache/bundle.pack')).toThrow(/cache\/bundle\.pack: not a whole folder pack/);
	});
});
