import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstJsonObject, looksLikeJson, readJsonRecords } from './json-records.ts';

const errorOf = (text: string) => {
	const read = readJsonRecords(text);
	return 'error' in read ? read.error : null;
};

describe('looksLikeJson', () => {
	it('tells a JSON document from Markdown that starts with a bracket', () => {
		expect(['{"a": 1}', ' [\n {"a": 1}]', '[]', '["x"]', '[-1]', '[true]'].map(looksLikeJson)).toEqual([true, true, true, true, true, true]);
		expect(['[![Image](https://x.io/a.png)](https://x.io)', '[Title](https://x.io)', 'text', ''].map(looksLikeJson)).toEqual([false, false, false, false]);
	});
});

describe('readJsonRecords', () => {
	it("gives each element of a top-level array with its first character's offset", () => {
		const text = '[\n  {"a": 1},\n  [2],\n  "three", 4\n]';
		expect(readJsonRecords(text)).toEqual({
			records: [
				{ value: { a: 1 }, offset: text.indexOf('{') },
				{ value: [2], offset: text.indexOf('[2]') },
				{ value: 'three', offset: text.indexOf('"three"') },
				{ value: 4, offset: text.indexOf('4') },
			],
		});
	});

	it('gives a lone top-level value as one record', () => {
		expect(readJsonRecords('\n {"id": "1703.03400"}')).toEqual({ records: [{ value: { id: '1703.03400' }, offset: 2 }] });
	});

	it("gives the elements of a wrapper object's items array, as Zotero's web API answers for CSL-JSON", () => {
		const text = '{"items": [{"id": "a"},\n {"id": "b"}]}';
		expect(readJsonRecords(text)).toEqual({
			records: [
				{ value: { id: 'a' }, offset: 11 },
				{ value: { id: 'b' }, offset: 25 },
			],
		});
		expect(readJsonRecords('{"items": 3}')).toEqual({ records: [{ value: { items: 3 }, offset: 0 }] });
	});

	it('reads values exactly as JSON.parse does', () => {
		const text = '[{"__proto__": {"x": 1}, "n": 1e3, "s": "\\u00e9\\n"}]';
		const read = readJsonRecords(text);
		expect('records' in read && read.records[0]?.value).toEqual(JSON.parse(text)[0]);
	});

	it('accepts exactly what JSON.parse accepts, also for JSON with one character inserted or removed', () => {
		const parses = (text: string) => {
			try {
				JSON.parse(text);
				return true;
			} catch {
				return false;
			}
		};
		const mutated = fc
			.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '"', '{', '}', '[', ']', ':', '\\', '\n', 'x', '0', '-', '/'))
			.map(([json, at, char]) => {
				const cut = at % (json.length + 1);
				return char === '' ? json.slice(0, cut) + json.slice(cut + 1) : json.slice(0, cut) + char + json.slice(cut);
			});
		fc.assert(
			fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
				expect('records' in readJsonRecords(text)).toBe(parses(text));
			}),
			{ numRuns: 3000 },
		);
	});

	it('rejects what JSON.parse rejects, at the offending token, saying what was expected', () => {
		expect(errorOf('[1,]')).toEqual({ offset: 3, message: "Invalid JSON: found ']'; expected a JSON value (object, array, string, number, true, false or null)." });
		expect(errorOf('{"a": 1,}')).toEqual({ offset: 8, message: "Invalid JSON: found '}'; expected a property name in double quotes." });
		expect(errorOf("{'a': 1}")).toMatchObject({ offset: 1, message: expect.stringMatching(/^Invalid JSON: found ''a''; expected /) });
		expect(errorOf('{"a" 1}')).toEqual({ offset: 5, message: "Invalid JSON: found '1'; expected ':' after the property name." });
		expect(errorOf('// list\n[1]')).toEqual({ offset: 0, message: "Invalid JSON: found '// list'; expected no comments (JSON has none)." });
		expect(errorOf('[1] [2]')).toEqual({ offset: 4, message: "Invalid JSON: found '['; expected the end of the file after the top-level value." });
		expect(errorOf('["a\tb"]')).toMatchObject({ offset: 1, message: expect.stringContaining('control characters in strings to be escaped') });
		expect(errorOf('[NaN]')).toMatchObject({ offset: 1, message: expect.stringContaining("found 'NaN'; expected a JSON value") });
	});

	it('reports a file cut off at its end, with what is left open and where it opened', () => {
		expect(errorOf('{"a": [1, 2')).toEqual({ offset: 11, message: "The JSON ends early: expected ']' to close the array opened at line 1, column 7." });
		expect(errorOf('[\n  {"a": "b"')).toEqual({ offset: 13, message: "The JSON ends early: expected '}' to close the object opened at line 2, column 3." });
		expect(errorOf('[\n  {"a": "bc\n')).toEqual({ offset: 13, message: `The JSON ends early: expected '"' to close the string opened at line 2, column 9.` });
		expect(errorOf('   ')).toEqual({ offset: 0, message: 'The JSON ends early: expected a JSON value.' });
	});
});

describe('firstJsonObject', () => {
	it('finds the first object record, even in a file that breaks off later', () => {
		expect(firstJsonObject('[1, {"type": "article", "title": "T"}, {"x": ')).toEqual({ type: 'article', title: 'T' });
		expect(firstJsonObject('{"paper": {"id": "2305.18290"}, "title": "DPO"')).toEqual({ paper: { id: '2305.18290' }, title: 'DPO' });
		expect(firstJsonObject('{"items": [{"type": "article", "title": "T"}, {"x": ')).toEqual({ type: 'article', title: 'T' });
		expect(firstJsonObject('[1, 2]')).toBeNull();
	});
});
