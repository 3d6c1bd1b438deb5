import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from '../../ingest/hf-page.ts';
import { wordStartScan } from './word-start-scan.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const seed = parseHfPapersPage(read('../../../content/sources/hf-papers-few-shot-rl.txt'), 'hf-papers-few-shot-rl.txt').papers;
const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);

// Name patterns of the shape the entity rules use, one branch and several.
const PATTERNS = [
	/(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s+(?:benchmark|dataset|environment|suite|task)s?\b/g,
	/(?<![A-Za-z0-9-])(?:[A-Za-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[a-z][A-Z][a-z]{3,}[A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*/g,
	/(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*),\s+(?:our|the)\s+(?:new|proposed)\b|\bour\s+new\s+([A-Za-z][A-Za-z0-9]*)/gi,
];

describe('wordStartScan', () => {
	it('scans a text with an underscore with the pattern itself: "\\b" would refuse a name after "_"', () => {
		const text = 'We test x_FooNet, our new model.';
		const scan = wordStartScan(PATTERNS[2]!);
		expect(scan(text)).toBe(PATTERNS[2]);
		expect(matches(text, scan(text))).toEqual([[10, 'FooNet, our new', 'FooNet', undefined]]);
		expect(matches(text, new RegExp(`\\b${PATTERNS[2]!.source}`, 'gi'))).toEqual([[18, 'our new model', undefined, 'model']]);
	});

	it('finds the same matches as the pattern in every seed title and abstract, with underscores and without', () => {
		let found = 0;
		for (const pattern of PATTERNS) {
			const scan = wordStartScan(pattern);
			for (const paper of seed) {
				for (const text of [paper.title, paper.abstract, paper.abstract.replaceAll(' ', ' _'), paper.abstract.replaceAll('-', '_')]) {
					const expected = matches(text, pattern);
					found += expected.length;
					expect(matches(text, scan(text))).toEqual(expected);
				}
			}
		}
		expect(found).toBeGreaterThan(500);
	});

	it('refuses a pattern that does not open with the name lookbehind', () => {
		expect(() => wordStartScan(/\b[A-Z]\w+/g)).toThrow(/does not open with/);
	});
});
