/**
 * Input is text or it is refused: the bytes of a listing (or a taxonomy or lexicon file)
 * are decoded as UTF-8, or as UTF-16 when a byte-order mark says so. Invalid sequences and
 * NUL characters (a binary file, or UTF-16 without a byte-order mark) are errors naming the
 * byte offset and line, never text with replacement characters in it.
 */
import type { Diagnostic } from '../ingest/types.ts';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Byte-order marks, longest first; TextDecoder drops the mark itself. */
const BOMS: { bytes: number[]; encoding: Encoding }[] = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
	{ bytes: [0xff, 0xfe], encoding: 'utf-16le' },
	{ bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The decoded text, or an error diagnostic saying where the bytes stop being text. */
export type DecodeResult = { text: string; encoding: Encoding } | { error: Diagnostic };

/**
 * Decodes `bytes` read from `file` (the name used in messages).
 *
 * @example decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'logo.png')
 * // { error: { file: 'logo.png', line: 1, message: 'not UTF-8 text: invalid byte 0x89 at byte offset 0 …' } }
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
	const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
	const encoding = bom?.encoding ?? 'utf-8';
	const start = bom?.bytes.length ?? 0;
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		const offset = firstInvalidOffset(bytes, encoding, start);
		const nulByte = encoding === 'utf-8' ? bytes.indexOf(0) : -1;
		// UTF-16 without a byte-order mark fails on its first NUL, long before its first non-ASCII byte.
		if (nulByte !== -1 && nulByte < offset) return { error: nulRefusal(file, bytes, encoding, nulByte) };
		const line = lineAt(new TextDecoder(encoding).decode(bytes.subarray(0, offset)));
		const what = encoding === 'utf-8' ? `invalid byte 0x${hex(bytes[offset])}` : 'an unpaired surrogate or a cut-off character';
		const hint = encoding === 'utf-8' && readsAsWindows1252(bytes, offset) ? WINDOWS_1252_HINT : '';
		return { error: refusal(file, line, `not ${encoding.toUpperCase()} text: ${what} at byte offset ${offset}`, hint) };
	}
	const nul = text.indexOf('\0');
	if (nul !== -1) {
		const before = text.slice(0, nul);
		const offset = start + (encoding === 'utf-8' ? Buffer.byteLength(before, 'utf8') : before.length * 2);
		return { error: nulRefusal(file, bytes, encoding, offset) };
	}
	return { text, encoding };
}

function nulRefusal(file: string, bytes: Uint8Array, encoding: Encoding, offset: number): Diagnostic {
	const line = lineAt(new TextDecoder(encoding).decode(bytes.subarray(0, offset)));
	const hint = encoding === 'utf-8' ? ' (a binary file, or UTF-16 without a byte-order mark?)' : '';
	return refusal(file, line, `a NUL character at byte offset ${offset}${hint}`);
}

function refusal(file: string, line: number, what: string, hint = ''): Diagnostic {
	return { severity: 'error', file, line, message: `${what}; paperfold reads only UTF-8 or UTF-16 (with a byte-order mark) text, so this file was not read.${hint}` };
}

/**
 * Web of Science's "Tab delimited (Win)" export and older Windows tools write Windows-1252 ("Mu\xdfhoff",
 * "M\xe4kel\xe4"): the file is refused as any non-UTF-8 text is, and the message says how to save it as UTF-8.
 */
const WINDOWS_1252_HINT = ' It reads as Windows-1252 (Latin-1) text: save it as UTF-8 (iconv -f windows-1252 -t utf-8 FILE > FILE-utf8) and build again.';

/**
 * Whether the first invalid byte is a Windows-1252 letter between letters, as in a word ("Mu\xdfhoff"), and no
 * byte of the file is NUL: not a cut-off UTF-8 character at the end, nor a binary file.
 */
function readsAsWindows1252(bytes: Uint8Array, offset: number): boolean {
	const byte = bytes[offset]!;
	const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0);
	return byte >= 0xc0 && byte !== 0xd7 && byte !== 0xf7 && isLetter(bytes[offset - 1]) && isLetter(bytes[offset + 1]) && bytes.indexOf(0) === -1;
}

/**
 * Where decoding fails: walks the lenient decoding, whose characters before the first
 * error have their exact byte lengths, until a replacement character that the bytes at
 * that place do not spell.
 */
function firstInvalidOffset(bytes: Uint8Array, encoding: Encoding, start: number): number {
	// U+FFFD as the file itself would hold it.
	const spelled = encoding === 'utf-8' ? [0xef, 0xbf, 0xbd] : encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
	let offset = start;
	for (const char of new TextDecoder(encoding).decode(bytes)) {
		if (char === '\uFFFD' && !spelled.every((byte, i) => bytes[offset + i] === byte)) return offset;
		const cp = char.codePointAt(0)!;
		offset += encoding === 'utf-8' ? (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4) : cp < 0x10000 ? 2 : 4;
	}
	return Math.min(offset, bytes.length - 1);
}

/** The 1-based line at the end of `before`. */
function lineAt(before: string): number {
	let line = 1;
	for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
	return line;
}

const hex = (byte: number | undefined) => (byte ?? 0).toString(16).padStart(2, '0');
