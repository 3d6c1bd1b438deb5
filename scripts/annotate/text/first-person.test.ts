import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../annotate-text.ts';
import { emptyLexicons } from '../lexicons.ts';
import { I, WE } from './first-person.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/first-person/', import.meta.url));

describe('WE', () => {
	const we = new RegExp(String.raw`\b${WE}\s+propose`, 'i');
	it('reads a single author’s "I" as the authors, as it reads "we"', () => {
		expect(we.test('Here, I propose a method to select scales.')).toBe(true);
		expect(we.test('In this paper we propose a method.')).toBe(true);
	});

	it('leaves a list marker, a Roman numeral and a letter of a word', () => {
		expect(we.test('This paper (i) propose a design.')).toBe(false);
		expect(we.test('This paper i) propose a design.')).toBe(false);
		expect(new RegExp(String.raw`\b${I}\b`, 'i').test('Phase I trials and Type I error on I/O bounds.')).toBe(false);
	});
});

// Each fixture is a title and an abstract; output.json holds what the first person decides in its
// annotations: the TL;DR shown, the names introduced and whom each claim is about.
describe.each(readdirSync(fixturesDir).sort())('first person in fixture %s', (name) => {
	it('annotates exactly the stored output.json (UPDATE_FIXTURES=1 rewrites it)', () => {
		const paper = JSON.parse(readFileSync(`${fixturesDir}${name}/input.json`, 'utf8')) as { title: string; abstract: string };
		const annotations = annotateText(paper, emptyLexicons());
		const result = {
			tldr: annotations.tldr!.text,
			introduced: annotations.entities.filter((e) => e.role === 'introduced').map((e) => e.name),
			claims: annotations.claims.map((c) => ({ value: c.value.text, about: c.about })),
		};
		const expectedFile = `${fixturesDir}${name}/output.json`;
		const output = `${JSON.stringify(result, null, '\t')}\n`;
		if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, output);
		expect(output).toBe(readFileSync(expectedFile, 'utf8'));
	});
});
