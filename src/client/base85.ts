/**
 * Bytes as text in a JavaScript string, 5 characters for every 4 bytes where base64 takes
 * 5⅓: the packed data scripts (`search-data.js`, src/lib/pack-json.ts) are most of what a
 * page opened from disk reads, and a published site stores every byte. The alphabet is the
 * printable ASCII characters but the space, the three quotes, the backslash, `<`, `>`, `&`, `|`
 * and `~`, so the text needs no escaping in a JavaScript string or an HTML script. A packed
 * text starts with `~` (which base64 never holds) and how many padding bytes end the last
 * group; the decoder is all a page's script carries (the encoder's code is only called at build).
 */

/** Printable ASCII but for the nine characters above: exactly 85. */
const ALPHABET = String.fromCharCode(...Array.from({ length: 94 }, (_, i) => 33 + i)).replace(/["'\\<>&|~`]/g, '');
/** The marker a base85 text starts with. */
export const BASE85_MARK = '~';

/** `bytes` as base85 text. */
export function toBase85(bytes: Uint8Array): string {
	const pad = (4 - (bytes.length % 4)) % 4;
	const padded = new Uint8Array(bytes.length + pad);
	padded.set(bytes);
	const view = new DataView(padded.buffer);
	const text = new Uint8Array((padded.length / 4) * 5);
	for (let i = 0, d = 0; i < padded.length; i += 4, d += 5) {
		let n = view.getUint32(i);
		for (let k = 4; k >= 0; k--) {
			text[d + k] = ALPHABET.charCodeAt(n % 85);
			n = Math.floor(n / 85);
		}
	}
	return `${BASE85_MARK}${pad}${new TextDecoder().decode(text)}`;
}

const DIGIT = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The bytes of a text `toBase85` wrote. */
export function fromBase85(text: string): Uint8Array<ArrayBuffer> {
	const pad = Number(text[1]);
	const bytes = new Uint8Array(((text.length - 2) / 5) * 4);
	for (let i = 2, o = 0; i < text.length; i += 5, o += 4) {
		let n = 0;
		for (let k = 0; k < 5; k++) n = n * 85 + DIGIT[text.charCodeAt(i + k)]!;
		bytes[o] = n >>> 24;
		bytes[o + 1] = (n >>> 16) & 255;
		bytes[o + 2] = (n >>> 8) & 255;
		bytes[o + 3] = n & 255;
	}
	return bytes.subarray(0, bytes.length - pad);
}
