/**
 * Reads a file of newline-ended lines (the build's JSON-lines caches) line by line, in chunks
 * through one reused buffer. Reading a cache whole cost more than parsing it: `readFileSync` of
 * the generator's 81 MB text cache spent about 0.33 s of system time faulting in fresh memory
 * (a 4 MiB buffer read over and over faults once), and `Buffer#indexOf(0x0a)` took about 25 µs a
 * call (0.27 s for its 10,000 lines) where the same search for the one-byte string `'\n'` takes
 * under 2 µs. A newline byte never occurs inside a UTF-8 sequence, so each line decodes alone.
 */
import { closeSync, openSync, readSync } from 'node:fs';

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
				if (onLine(view.toString('utf8', start, end)) === false) return -1;
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
