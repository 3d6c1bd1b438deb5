import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const utf16 = (text: string, order: 'le' | 'be', bom = true) => {
	const le = Buffer.from(text, 'utf16le');
	const bytes = order === 'le' ? le : Buffer.from(le).swap16();
	const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
	return new Uint8Array([...(bom ? mark : []), ...bytes]);
};

describe('decodeText', () => {
	it('reads UTF-8 with and without a byte-order mark', () => {
		expect(decodeText(Buffer.from('Ünïcode ✓ 𝛼\n'), 'a.txt')).toEqual({ text: 'Ünïcode ✓ 𝛼\n', encoding: 'utf-8' });
		expect(decodeText(Buffer.from('\uFEFFtitle'), 'a.txt')).toEqual({ text: 'title', encoding: 'utf-8' });
	});

	it('reads UTF-16 in either byte order when a byte-order mark says so', () => {
		expect(decodeText(utf16('Tïtle 𝛼\nabstract', 'le'), 'a.txt')).toEqual({ text: 'Tïtle 𝛼\nabstract', encoding: 'utf-16le' });
		expect(decodeText(utf16('Tïtle 𝛼\nabstract', 'be'), 'a.txt')).toEqual({ text: 'Tïtle 𝛼\nabstract', encoding: 'utf-16be' });
	});

	it('keeps a replacement character that the file really holds', () => {
		expect(decodeText(Buffer.from('a\uFFFDb'), 'a.txt')).toEqual({ text: 'a\uFFFDb', encoding: 'utf-8' });
	});

	it('refuses invalid UTF-8 with the byte offset and line of the first bad byte', () => {
		const bytes = Buffer.concat([Buffer.from('first ✓\nsecond\u00e9\nthird '), Buffer.from([0xff]), Buffer.from(' rest')]);
		const result = decodeText(bytes, 'list.txt');
		expect(result).toEqual({ error: expect.objectContaining({ severity: 'error', file: 'list.txt', line: 3 }) });
		const offset = Buffer.byteLength('first ✓\nsecond\u00e9\nthird ');
		expect('error' in result && result.error.message).toContain(`invalid byte 0xff at byte offset ${offset}`);
	});

	// After a Web of Science "Tab delimited (Win)" export (read as a stranger's listing, not an eval listing).
	it('says how to save a Windows-1252 file as UTF-8, and only for one', () => {
		const latin1 = new Uint8Array([...Buffer.from('Authors\tTitle\nMu'), 0xdf, ...Buffer.from('hoff, O\tMixed cropping\n')]);
		const result = decodeText(latin1, 'savedrecs.txt');
		expect('error' in result && result.error.message).toContain('not UTF-8 text: invalid byte 0xdf at byte offset 16');
		expect('error' in result && result.error.message).toContain('It reads as Windows-1252 (Latin-1) text: save it as UTF-8');
		const cut = new Uint8Array([...Buffer.from('caf'), 0xc3]);
		const cutResult = decodeText(cut, 'list.txt');
		expect('error' in cutResult && cutResult.error.message).not.toContain('Windows-1252');
	});

	it('refuses a PNG at its first byte', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		const result = decodeText(png, 'logo.png');
		expect('error' in result && result.error).toMatchObject({ line: 1, message: expect.stringContaining('invalid byte 0x89 at byte offset 0') });
	});

	it('refuses NUL characters, which is how UTF-16 without a byte-order mark looks', () => {
		const result = decodeText(utf16('ab\nc·d', 'le', false), 'list.txt');
		expect('error' in result && result.error.message).toMatch(/NUL character at byte offset 1 .*UTF-16 without a byte-order mark/);
		const late = decodeText(utf16('ab\nc\0d', 'le'), 'list.txt');
		expect('error' in late && late.error).toMatchObject({ line: 2, message: expect.stringContaining('byte offset 10') });
	});

	it('refuses an unpaired surrogate in UTF-16', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
		const result = decodeText(bytes, 'list.txt');
		expect('error' in result && result.error.message).toContain('not UTF-16LE text: an unpaired surrogate or a cut-off character at byte offset 4');
	});
});
