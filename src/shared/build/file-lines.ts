/**
 * Reads a file of newline-ended lines (the build's JSON-lines caches) line by line, in chunks
 * through one reused buffer. Reading a cache whole cost more than parsing it: `readFileSync` of
 * the generator's 81 MB text cache spent about 0.33 s of system time faulting in fresh memory
 * (a 4 MiB buffer read over and over faults once), and `Buffer#indexOf(0x0a)` took about 25 µs a
 * call (0.27 s for its 10,000 lines) where the same search for the one-byte string `'\n'` takes
 * under 2 µs. A newline byte never occurs inside a UTF-8 sequence, so each line decodes alone.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** Bytes read at a time; a longer line grows the buffer. */
const CHUNK = 1 << 22;

/**
 * Calls `onLine` with each newline-ended line of `file`, decoded as UTF-8 (without its newline),
 * until it returns `false`. A last line without its newline (what a killed append leaves) is not
 * given. Returns the bytes up to and including the last newline given (so, read to the end,
 * those of every whole line), or -1 when `onLine` stopped the reading. Throws what opening or
 * reading the file throws.
 *
 * @example readFileLines('cache.json', (line) => void lines.push(line)) // 'a\nb\nc' gives 'a', 'b'; returns 4
 */
export function readFileLines(file: string, onLine: (line: string) => boolean | void, chunkSize = CHUNK): number {
	return readLineBytes(file, chunkSize, (view, start, end) => onLine(view.toString('utf8', start, end)));
}

/** Where a line's part after its first tab lies in the file, and the CRC-32 of its bytes. */
export interface LineTail {
	offset: number;
	length: number;
	crc: number;
}

/**
 * `readFileLines` that decodes each line only up to its first tab (`head`) and gives where the
 * rest lies (`tail`, null for a line without a tab) instead of its text, for a caller that reads
 * the rest later, if at all: its bytes are neither decoded nor kept, only checksummed.
 *
 * @example readFileLineHeads('cache.json', (head, tail) => void heads.push([head, tail?.offset])) // 'a\tbc\nd\n' gives ['a', 2], ['d', undefined]
 */
export function readFileLineHeads(file: string, onLine: (head: string, tail: LineTail | null) => boolean | void, chunkSize = CHUNK): number {
	// The first tab at or after the line's start in this view (-1: none left), searched again only once passed.
	let tab = -1;
	let searched: Buffer | undefined;
	return readLineBytes(file, chunkSize, (view, start, end, passed) => {
		if (searched !== view || (tab !== -1 && tab < start)) {
			searched = view;
			tab = view.indexOf('\t', start, 'latin1');
		}
		if (tab === -1 || tab > end) return onLine(view.toString('utf8', start, end), null);
		return onLine(view.toString('utf8', start, tab), { offset: passed + tab + 1, length: end - tab - 1, crc: crc32(view.subarray(tab + 1, end)) });
	});
}

/**
 * The text of a line's `tail` (`readFileLineHeads`), read from `file` again; throws when the
 * file is no longer the one read (`ino`, its inode then) or the bytes are not those read.
 */
export function readLineTail(file: string, ino: number, tail: LineTail): string {
	const fd = openSync(file, 'r');
	try {
		if (fstatSync(fd).ino !== ino) throw new Error(`${file} was replaced since it was read`);
		const bytes = Buffer.allocUnsafe(tail.length);
		const read = readSync(fd, bytes, 0, tail.length, tail.offset);
		if (read !== tail.length || crc32(bytes) !== tail.crc) throw new Error(`${file} changed since it was read`);
		return bytes.toString('utf8');
	} finally {
		closeSync(fd);
	}
}

/**
 * Calls `onLine` with the bytes of each newline-ended line (`view` from `start` to `end`, the
 * view's first byte at file offset `passed`), as `readFileLines` describes.
 */
function readLineBytes(file: string, chunkSize: number, onLine: (view: Buffer, start: number, end: number, passed: number) => boolean | void): number {
	const fd = openSync(file, 'r');
	try {
		let buffer = Buffer.allocUnsafe(chunkSize);
		// Bytes of the file before buffer[0], and bytes held in the buffer (the start of a line, then what was read).
		let passed = 0;
		let held = 0;
		for (;;) {
			if (held === buffer.length) {
				const larger = Buffer.allocUnsafe(buffer.length * 2);
				buffer.copy(larger, 0, 0, held);
				buffer = larger;
			}
			const read = readSync(fd, buffer, held, buffer.length - held, null);
			if (read === 0) return passed;
			held += read;
			const view = buffer.subarray(0, held);
			let start = 0;
			for (let end = view.indexOf('\n', start, 'latin1'); end !== -1; end = view.indexOf('\n', start, 'latin1')) {
				if (onLine(view, start, end, passed) === false) return -1;
				start = end + 1;
			}
			passed += start;
			buffer.copy(buffer, 0, start, held);
			held -= start;
		}
	} finally {
		closeSync(fd);
	}
}
