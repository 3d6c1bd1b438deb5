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

// A leading U+FEFF is kept, not dropped as a byte order mark: text is read back to the bytes it came from.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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

/** Writes CBOR of the subset with the shortest heads, as Pagefind's encoder does. */
export class CborWriter {
	private out = Buffer.allocUnsafe(1 << 16);
	private at = 0;

	private room(bytes: number): void {
		if (this.at + bytes <= this.out.length) return;
		const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.at + bytes));
		this.out.copy(bigger, 0, 0, this.at);
		this.out = bigger;
	}

	/** A head of major type `major` with argument `n`. */
	head(major: number, n: number): this {
		const length = headLength(n);
		this.room(1 + length);
		const out = this.out;
		out[this.at++] = (major << 5) | (length === 0 ? n : length === 1 ? 24 : length === 2 ? 25 : length === 4 ? 26 : 27);
		if (length === 1) out[this.at] = n;
		else if (length === 2) out.writeUInt16BE(n, this.at);
		else if (length === 4) out.writeUInt32BE(n, this.at);
		else if (length === 8) out.writeBigUInt64BE(BigInt(n), this.at);
		this.at += length;
		return this;
	}

	/** An integer. */
	int(n: number): this {
		if (!Number.isSafeInteger(n)) throw new CborFormatError(`not an integer: ${n}`);
		return n >= 0 ? this.head(0, n) : this.head(1, -1 - n);
	}

	/** A text string. */
	text(text: string): this {
		const length = Buffer.byteLength(text, 'utf8');
		this.head(3, length);
		this.room(length);
		this.at += this.out.write(text, this.at, 'utf8');
		return this;
	}

	/** Writes `bytes` (from `start` to `end`) as they are. */
	raw(bytes: Uint8Array, start = 0, end = bytes.length): this {
		this.room(end - start);
		// Most runs are a page entry's few bytes: copied by hand, no view made of them.
		if (end - start < 64) {
			const out = this.out;
			let at = this.at;
			for (let i = start; i < end; i++) out[at++] = bytes[i]!;
			this.at = at;
		} else {
			this.out.set(bytes.subarray(start, end), this.at);
			this.at += end - start;
		}
		return this;
	}

	/** Any value of the subset. */
	value(item: CborValue): this {
		if (typeof item === 'number') return this.int(item);
		if (typeof item === 'string') return this.text(item);
		this.head(4, item.length);
		for (const element of item) this.value(element);
		return this;
	}

	/** What was written. */
	bytes(): Buffer {
		return Buffer.from(this.out.subarray(0, this.at));
	}
}

/** Encodes `value` with the shortest heads, as Pagefind's encoder does. */
export function encodeCbor(value: CborValue): Buffer {
	return new CborWriter().value(value).bytes();
}

/**
 * A cursor over CBOR bytes of the subset that reads heads and skips items without building
 * values: for scanning large files for a few numbers without the garbage of a full decode.
 * Checks less than `decodeCbor`; a file it finds something in is decoded fully afterwards.
 */
export class CborCursor {
	at: number;
	/** The bytes read. */
	readonly bytes: Uint8Array;
	/** A cursor at `at` (default the start) of `bytes`. */
	constructor(bytes: Uint8Array, at = 0) {
		this.bytes = bytes;
		this.at = at;
	}

	/** The major type of the head `argument` read last. */
	private major = 0;

	/**
	 * The argument of the next head, its major type left in `major`: no pair made per head, which
	 * a chunk's millions of heads made the most of a walk's time.
	 */
	private argument(): number {
		const bytes = this.bytes;
		if (this.at >= bytes.length) throw new CborFormatError(`unexpected end at byte ${this.at}`);
		const initial = bytes[this.at++]!;
		const info = initial & 31;
		let value: number;
		if (info < 24) value = info;
		else if (info === 24) value = bytes[this.at++]!;
		else if (info === 25) value = (bytes[this.at]! << 8) | bytes[this.at + 1]!, (this.at += 2);
		else if (info === 26) value = ((bytes[this.at]! << 24) >>> 0) + ((bytes[this.at + 1]! << 16) | (bytes[this.at + 2]! << 8) | bytes[this.at + 3]!), (this.at += 4);
		else throw new CborFormatError(`unsupported head ${initial} at byte ${this.at - 1}`);
		if (this.at > bytes.length) throw new CborFormatError('unexpected end');
		this.major = initial >> 5;
		return value;
	}

	/** The argument of the next head, which must be of major type `major`. */
	expect(major: number): number {
		const value = this.argument();
		if (this.major !== major) throw new CborFormatError(`expected major type ${major}, found ${this.major} at byte ${this.at}`);
		return value;
	}

	/**
	 * `expect`, also refusing a head longer than its argument needs: what this returns is
	 * written back as the same bytes by `CborWriter.head`.
	 */
	exact(major: number): number {
		const start = this.at;
		const value = this.expect(major);
		if (this.at - start - 1 !== headLength(value)) throw new CborFormatError(`head longer than needed at byte ${start}`);
		return value;
	}

	/** The next item, which must be a text string; with its shortest head, so `CborWriter.text` writes it back as the same bytes. */
	text(): string {
		const length = this.exact(3);
		if (this.at + length > this.bytes.length) throw new CborFormatError('unexpected end');
		const text = UTF8.decode(this.bytes.subarray(this.at, this.at + length));
		this.at += length;
		return text;
	}

	/** True when every byte was read. */
	done(): boolean {
		return this.at === this.bytes.length;
	}

	/** Skips one whole item. */
	skip(): void {
		const value = this.argument();
		const major = this.major;
		if (major === 3 || major === 2) this.at += value;
		else if (major === 4) for (let i = 0; i < value; i++) this.skip();
		else if (major !== 0 && major !== 1) throw new CborFormatError(`unsupported major type ${major}`);
	}
}
