import { describe, expect, it } from 'vitest';
import { mergeMarks, parseMarks, serializeMarks } from './marks-file.ts';

describe('serializeMarks and parseMarks', () => {
	it('read back the marks they wrote', () => {
		const marks = { 'a-paper': 'read', 'b-paper': 'to-read' } as const;
		expect(parseMarks(serializeMarks(marks), 'marks.json')).toEqual(marks);
	});
});

describe('parseMarks', () => {
	it('names the file when it is not JSON', () => {
		expect(() => parseMarks('{nope', 'mine.json')).toThrow(/^mine\.json is not JSON/);
	});
	it('refuses a JSON file that is not a marks file', () => {
		expect(() => parseMarks('[1, 2]', 'papers.json')).toThrow(/papers\.json is not a paperfold marks file/);
	});
	it('names the paper whose mark is unknown', () => {
		const text = JSON.stringify({ format: 'paperfold-marks', version: 1, marks: { 'a-paper': 'skimmed' } });
		expect(() => parseMarks(text, 'm.json')).toThrow('m.json: the mark of "a-paper" is "skimmed"; expected "read" or "to-read".');
	});
});

describe('mergeMarks', () => {
	it('keeps the browser’s other marks and lets the file win for the same paper', () => {
		expect(mergeMarks({ a: 'read', b: 'to-read' }, { b: 'read', c: 'to-read' })).toEqual({ a: 'read', b: 'read', c: 'to-read' });
	});
});
