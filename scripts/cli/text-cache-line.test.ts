import { describe, expect, it } from 'vitest';
import { annotatePaper } from '../annotate/annotate-paper.ts';
import { loadLexicons, loadSeedPapers } from '../annotate/fixtures/seed.ts';
import { parseTextCacheLine, stringifyTextCacheLine } from './text-cache-line.ts';

describe('stringifyTextCacheLine and parseTextCacheLine', () => {
	const lexicons = loadLexicons();
	const entries = loadSeedPapers()
		.slice(0, 8)
		.map((paper, i): [string, unknown] => [`key${i}`, annotatePaper(paper, lexicons)]);

	it('read back every entry as it was written, and write it again the same', () => {
		for (const entry of entries) {
			const line = stringifyTextCacheLine(entry);
			const parsed = parseTextCacheLine(line) as [string, unknown];
			expect(parsed).toEqual(JSON.parse(JSON.stringify(entry)));
			expect(JSON.stringify(parsed)).toBe(JSON.stringify(entry));
			expect(stringifyTextCacheLine(parsed)).toBe(line);
		}
	});

	it('leave the rows unparsed until they are read, then keep them', () => {
		const [, value] = parseTextCacheLine(stringifyTextCacheLine(entries[0]!)) as [string, { keyphrases: { rows: unknown[] } }];
		expect(Object.getOwnPropertyDescriptor(value.keyphrases, 'rows')?.get).toBeTypeOf('function');
		const rows = value.keyphrases.rows;
		expect(rows).toEqual((entries[0]![1] as { keyphrases: { rows: unknown[] } }).keyphrases.rows);
		expect(Object.getOwnPropertyDescriptor(value.keyphrases, 'rows')?.value).toBe(rows);
	});

	it('leave the text annotations but entities and acronyms unparsed until they are read, then keep them', () => {
		const written = entries[0]![1] as { text: Record<string, unknown> };
		const [, value] = parseTextCacheLine(stringifyTextCacheLine(entries[0]!)) as [string, { text: Record<string, unknown> }];
		expect(Object.keys(value.text)).toEqual(Object.keys(written.text));
		for (const field of ['entities', 'acronyms']) expect(Object.getOwnPropertyDescriptor(value.text, field)?.value).toEqual(written.text[field]);
		for (const field of ['tldr', 'summary', 'claims', 'keyphrases']) {
			expect(Object.getOwnPropertyDescriptor(value.text, field)?.get).toBeTypeOf('function');
			const read = value.text[field];
			expect(read).toEqual(written.text[field]);
			expect(Object.getOwnPropertyDescriptor(value.text, field)?.value).toBe(read);
		}
	});

	it('write the rows and text fields of an entry only, and read a line of plain JSON as JSON.parse does', () => {
		const other: [string, unknown] = ['k', { text: { rows: [[1, 2]], tldr: 'x' }, keyphrases: { forms: ['x'], rows: [[0, 1, 0, 1, 1, [0.5]]] }, rows: [[3]] }];
		const line = stringifyTextCacheLine(other);
		expect(line).toBe('["k",{"text":{"rows":"[[1,2]]","tldr":"\\"x\\"","\\u0000lazy":1},"keyphrases":{"forms":["x"],"rows":"[[0,1,0,1,1,[0.5]]]"},"rows":[[3]]}]');
		expect(parseTextCacheLine(line)).toEqual(other);
		const plain = JSON.stringify(other);
		expect(parseTextCacheLine(plain)).toEqual(JSON.parse(plain));
	});
});
