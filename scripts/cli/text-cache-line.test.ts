import { crc32 } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { annotatePaper } from '../annotate/annotate-paper.ts';
import { loadLexicons, loadSeedPapers } from '../annotate/fixtures/seed.ts';
import { parseTextCacheHead, stringifyTextCacheLine, TEXT_CACHE_LINE } from './text-cache-line.ts';

/** A line split at its tab as the cache reader splits it, with a spy on the tail's reads. */
function split(line: string) {
	const tab = line.indexOf('\t');
	const tailText = line.slice(tab + 1);
	const read = vi.fn(() => tailText);
	return { head: line.slice(0, tab), tail: { crc: crc32(tailText), read }, read };
}

describe('stringifyTextCacheLine and parseTextCacheHead', () => {
	const lexicons = loadLexicons();
	const entries = loadSeedPapers()
		.slice(0, 8)
		.map((paper, i): [string, unknown] => [`key${i}`, annotatePaper(paper, lexicons)]);

	it('read back every entry as it was written, fields in their order, and write it again the same', () => {
		for (const entry of entries) {
			const line = stringifyTextCacheLine(entry);
			const { head, tail } = split(line);
			const parsed = parseTextCacheHead(head, tail) as [string, { text: object }];
			expect(Object.keys(parsed[1].text)).toEqual(Object.keys((entry[1] as { text: object }).text));
			expect(parsed).toEqual(JSON.parse(JSON.stringify(entry)));
			expect(JSON.stringify(parsed)).toBe(JSON.stringify(entry));
			expect(stringifyTextCacheLine(parsed)).toBe(line);
		}
	});

	it('read the tail only when a field of it is first read, once, and then keep its fields', () => {
		const written = entries[0]![1] as { text: Record<string, unknown>; keyphrases: { forms: unknown; rows: unknown[] } };
		const { head, tail, read } = split(stringifyTextCacheLine(entries[0]!));
		const [, value] = parseTextCacheHead(head, tail) as [string, { text: Record<string, unknown>; keyphrases: { rows: unknown[] } }];
		for (const field of ['entities', 'acronyms']) expect(Object.getOwnPropertyDescriptor(value.text, field)?.value).toEqual(written.text[field]);
		expect((value.keyphrases as unknown as { forms: unknown }).forms).toEqual(written.keyphrases.forms);
		expect(read).not.toHaveBeenCalled();
		expect(value.keyphrases.rows).toEqual(written.keyphrases.rows);
		for (const field of ['tldr', 'summary', 'claims', 'keyphrases']) {
			expect(Object.getOwnPropertyDescriptor(value.text, field)?.get).toBeTypeOf('function');
			const got = value.text[field];
			expect(got).toEqual(written.text[field]);
			expect(Object.getOwnPropertyDescriptor(value.text, field)?.value).toBe(got);
		}
		expect(read).toHaveBeenCalledOnce();
	});

	it('refuse a head whose tail is missing or not the one written', () => {
		const { head, tail } = split(stringifyTextCacheLine(entries[0]!));
		expect(() => parseTextCacheHead(head, null)).toThrow(/tail/);
		expect(() => parseTextCacheHead(head, { ...tail, crc: tail.crc ^ 1 })).toThrow(/tail/);
	});

	it('write an entry without a text object as its JSON, and read a line of plain JSON as JSON.parse does', () => {
		const other: [string, unknown] = ['k', { keyphrases: { forms: ['x'], rows: [[0, 1]] }, rows: [[3]] }];
		expect(stringifyTextCacheLine(other)).toBe(JSON.stringify(other));
		expect(TEXT_CACHE_LINE.parse(JSON.stringify(other))).toEqual(other);
		const line = stringifyTextCacheLine(entries[1]!);
		expect(TEXT_CACHE_LINE.parse(line)).toEqual(JSON.parse(JSON.stringify(entries[1]!)));
	});
});
