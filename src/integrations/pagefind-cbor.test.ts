import { describe, expect, it } from 'vitest';
import { CborFormatError, decodeCbor, encodeCbor } from './pagefind-cbor.ts';

describe('encodeCbor and decodeCbor', () => {
	it('write the shortest heads and read them back', () => {
		const value = ['1.6.0', [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32], [-1, -24, -25, -169, -(2 ** 20)], 'café', []];
		const bytes = encodeCbor(value);
		expect(decodeCbor(bytes)).toEqual(value);
		// RFC 8949 appendix A: 24 is 0x1818, -25 is 0x3818, "a" is 0x6161.
		expect(encodeCbor(24).toString('hex')).toBe('1818');
		expect(encodeCbor(-25).toString('hex')).toBe('3818');
		expect(encodeCbor('a').toString('hex')).toBe('6161');
	});

	it('refuses what Pagefind does not write: maps, floats, longer heads than needed, trailing bytes', () => {
		for (const hex of ['a0', 'f93c00', '1801', '0000', '9f00ff']) expect(() => decodeCbor(Buffer.from(hex, 'hex')), hex).toThrow(CborFormatError);
	});
});
