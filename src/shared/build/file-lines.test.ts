import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileLineHeads, readFileLines, readLineTail, type LineTail } from './file-lines.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A file holding `text`. */
function fileOf(text: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'paperfold-file-lines-'));
	folders.push(folder);
	const file = join(folder, 'lines.jsonl');
	writeFileSync(file, text);
	return file;
}

/** Every line `readFileLines` gives, and what it returns. */
function linesOf(file: string, chunkSize?: number): { lines: string[]; size: number } {
	const lines: string[] = [];
	const size = readFileLines(file, (line) => void lines.push(line), chunkSize);
	return { lines, size };
}

describe('readFileLines', () => {
	it('gives each newline-ended line and the bytes up to the last newline, leaving a last line without one', () => {
		const file = fileOf('{"version":1}\n["a",1]\n\n["b",2]\n["c",');
		expect(linesOf(file)).toEqual({ lines: ['{"version":1}', '["a",1]', '', '["b",2]'], size: 31 });
	});

	it('gives the same lines whatever the chunk size, lines longer than a chunk and characters split between chunks included', () => {
		const lines = ['["é",1]', `["long","${'x'.repeat(40)}"]`, '["数据",{"ok":"☃ ünïcode 𝛼"}]', '', '["z",0]'];
		const text = `${lines.join('\n')}\n`;
		const file = fileOf(text);
		for (const chunkSize of [1, 2, 3, 5, 7, 16, 1 << 22]) {
			expect(linesOf(file, chunkSize), `chunk ${chunkSize}`).toEqual({ lines, size: Buffer.byteLength(text) });
		}
	});

	it('stops when a line is refused and returns -1', () => {
		const file = fileOf('a\nb\nc\n');
		const seen: string[] = [];
		expect(readFileLines(file, (line) => (seen.push(line), line !== 'b'), 1)).toBe(-1);
		expect(seen).toEqual(['a', 'b']);
	});

	it('gives nothing for an empty file or one without a newline', () => {
		expect(linesOf(fileOf(''))).toEqual({ lines: [], size: 0 });
		expect(linesOf(fileOf('{"version":1}'))).toEqual({ lines: [], size: 0 });
	});

	it('throws when the file cannot be opened', () => {
		expect(() => linesOf(join(tmpdir(), 'paperfold-no-such-folder', 'x.jsonl'))).toThrow(/ENOENT/);
	});
});

describe('readFileLineHeads and readLineTail', () => {
	/** Each line's head and its tail read back, at a chunk size. */
	function heads(file: string, chunkSize?: number) {
		const { ino } = statSync(file);
		const lines: [string, string | null][] = [];
		readFileLineHeads(file, (head, tail) => void lines.push([head, tail && readLineTail(file, ino, tail)]), chunkSize);
		return lines;
	}

	it('give each line up to its first tab, and its rest as read again from the file, whatever the chunk size', () => {
		const text = 'a\tbé\tc\nno tab\n\tonly a tail\nhead é\t\nlast\tcut';
		const expected = [
			['a', 'bé\tc'],
			['no tab', null],
			['', 'only a tail'],
			['head é', ''],
		];
		const file = fileOf(text);
		for (const size of [1, 2, 3, 5, 64]) expect(heads(file, size)).toEqual(expected);
	});

	it('give a tail the CRC-32 of its bytes, and refuse to read one whose bytes changed', () => {
		const file = fileOf('k\ttail bytes\n');
		const tails: LineTail[] = [];
		readFileLineHeads(file, (_, tail) => void tails.push(tail!));
		expect(tails[0]!.crc).toBe(crc32('tail bytes'));
		const { ino } = statSync(file);
		writeFileSync(file, 'k\ttail Bytes\n');
		expect(() => readLineTail(file, ino, tails[0]!)).toThrow(/changed/);
	});
});
