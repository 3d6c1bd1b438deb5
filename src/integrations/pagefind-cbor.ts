/**
 * The part of CBOR (RFC 8949) that Pagefind's bundle files use, read and written exactly as
 * Pagefind's encoder (Rust's `minicbor`) writes it: unsigned and negative integers, UTF-8
 * text strings and definite-length arrays, each with the shortest head. Anything else (maps,
 * byte strings, floats, tags, indefinite lengths, a longer head than needed) is refused: the
 * patch (pagefind-patch.ts) then falls back to a full index rather than guess at a format it
 * does not know. Writing the shortest heads makes a file read and written back byte-identical,
 * so its content hash, and the name Pagefind gives it, is the one Pagefind would give it.
 *
 * Written here rather than taken from a CBOR package: the subset is a few dozen lines, and
 * the strictness (refusing what Pagefind does not write) is the point.
 */

/** A CBOR value of the subset: an integer, a string, or an array of such values. */
export type CborValue = number | string | CborValue[];

/** Thrown for bytes outside the subset, or not one whole value. */
export class CborFormatError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes `bytes`, which must hold exactly one value of the subset. */
export function decodeCbor(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 0;
	const fail = (why: string): never => {
		throw new CborFormatError(`${why} at byte ${at}`);
	};
	const head = (): [number, number] => {
		if (at >= bytes.length) fail('unexpected end');
		const initial = bytes[at++]!;
		const major = initial >> 5;
		const info = initial & 31;
		let value: number;
		if (info < 24) value = info;
		else if (info === 24) value = bytes[at]!, (at += 1);
		else if (info === 25) value = view.getUint16(at), (at += 2);
		else if (info === 26) value = view.getUint32(at), (at += 4);
		else if (info === 27) {
			const big = view.getBigUint64(at);
			at += 8;
			if (big > BigInt(Number.MAX_SAFE_INTEGER)) fail('integer too large');
			value = Number(big);
		} else return fail(`unsupported head ${initial}`);
		if (at > bytes.length) fail('unexpected end');
		if (headLength(value) !== headLengthOf(info)) fail('head longer than needed');
		return [major, value];
	};
	const item = (): CborValue => {
		const [major, value] = head();
		if (major === 0) return value;
		if (major === 1) return -1 - value;
		if (major === 3) {
			if (at + value > bytes.length) fail('unexpected end');
			const text = UTF8.decode(bytes.subarray(at, at + value));
			at += value;
			return text;
		}
		if (major === 4) {
			const items: CborValue[] = [];
			for (let i = 0; i < value; i++) items.push(item());
			return items;
		}
		return fail(`unsupported major type ${major}`);
	};
	const value = item();
	if (at !== bytes.length) fail('trailing bytes');
	return value;
}

/** Bytes after the initial byte for a head with additional information `info`. */
function headLengthOf(info: number): number {
	return info < 24 ? 0 : info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 8;
}

/** Bytes after the initial byte of the shortest head for `value`. */
function headLength(value: number): number {
	return value < 24 ? 0 : value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x100000000 ? 4 : 8;
}

/** Encodes `value` with the shortest heads, as Pagefind's encoder does. */
export function encodeCbor(value: CborValue): Buffer {
	let out = Buffer.allocUnsafe(1 << 16);
	let at = 0;
	const room = (bytes: number) => {
		if (at + bytes <= out.length) return;
		const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + bytes));
		out.copy(bigger, 0, 0, at);
		out = bigger;
	};
	const pushHead = (major: number, n: number) => {
		const length = headLength(n);
		room(1 + length);
		out[at++] = (major << 5) | (length === 0 ? n : length === 1 ? 24 : length === 2 ? 25 : length === 4 ? 26 : 27);
		if (length === 1) out[at] = n;
		else if (length === 2) out.writeUInt16BE(n, at);
		else if (length === 4) out.writeUInt32BE(n, at);
		else if (length === 8) out.writeBigUInt64BE(BigInt(n), at);
		at += length;
	};
	const write = (item: CborValue) => {
		if (typeof item === 'number') {
			if (!Number.isSafeInteger(item)) throw new CborFormatError(`not an integer: ${item}`);
			if (item >= 0) pushHead(0, item);
			else pushHead(1, -1 - item);
		} else if (typeof item === 'string') {
			const length = Buffer.byteLength(item, 'utf8');
			pushHead(3, length);
			room(length);
			at += out.write(item, at, 'utf8');
		} else {
			pushHead(4, item.length);
			for (const element of item) write(element);
		}
	};
	write(value);
	return Buffer.from(out.subarray(0, at));
}
