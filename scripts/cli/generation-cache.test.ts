import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySources, editFile, lockVersion } from '../../src/shared/testing/source-copy.ts';
import { generatorVersion, JsonCache, textKey } from './generation-cache.ts';
import { TEXT_CACHE_LINE } from './text-cache-line.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'paperfold-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('textKey', () => {
	it('changes with the title or the abstract', () => {
		const key = textKey({ title: 'T', abstract: 'A' });
		expect(textKey({ title: 'T', abstract: 'A' })).toBe(key);
		expect(textKey({ title: 'T', abstract: 'A.' })).not.toBe(key);
		expect(textKey({ title: 'TA', abstract: '' })).not.toBe(key);
	});
});

describe('generatorVersion', () => {
	const lexicons = [{ file: 'content/lexicons/models.yaml', text: '- name: GPT-4\n' }];

	it('is the same for an unchanged tree and changes with a dependency, a nested module or a lexicon', () => {
		const root = copySources();
		const before = generatorVersion(root, lexicons);
		expect(generatorVersion(root, lexicons)).toBe(before);
		expect(generatorVersion(copySources(), lexicons)).toBe(before); // wherever the project is
		expect(generatorVersion(root, [{ ...lexicons[0]!, text: '- name: GPT-5\n' }])).not.toBe(before);

		const nested = copySources();
		editFile(nested, 'scripts/annotate/rules/deep/new-rule.ts');
		expect(generatorVersion(nested, lexicons)).not.toBe(before);

		const updated = copySources();
		lockVersion(updated, 'yaml', '99.0.0');
		expect(generatorVersion(updated, lexicons)).not.toBe(before);
	});

	it('ignores tests, fixtures, benchmarks and the evaluation, which do not shape the pages', () => {
		const root = copySources();
		const before = generatorVersion(root, []);
		editFile(root, 'scripts/annotate/acronyms.test.ts');
		editFile(root, 'scripts/ingest/fixtures/new-case/input.txt', 'text\n');
		editFile(root, 'scripts/bench/run.ts');
		editFile(root, 'scripts/eval/score-entities.ts');
		editFile(root, 'scripts/eval/gold/new-listing.json', '{}\n');
		expect(generatorVersion(root, [])).toBe(before);
	});

	it('still counts a module the generator imports from the evaluation', () => {
		const root = copySources();
		const before = generatorVersion(root, []);
		editFile(root, 'scripts/eval/shared-rule.ts', 'export const rule = 1;\n');
		expect(generatorVersion(root, [])).toBe(before);
		editFile(root, 'scripts/annotate/annotate-text.ts', "import { rule } from '../eval/shared-rule.ts';\n");
		const importing = generatorVersion(root, []);
		editFile(root, 'scripts/eval/shared-rule.ts', 'export const other = 2;\n');
		expect(generatorVersion(root, [])).not.toBe(importing);
	});
});

describe('JsonCache', () => {
	it('returns what an earlier run of the same version saved', () => {
		const first = new JsonCache<number>(join(dir, 'c.json'), 'v1');
		first.set('a', 1);
		first.save();
		expect(new JsonCache<number>(join(dir, 'c.json'), 'v1').get('a')).toBe(1);
	});

	it('forgets everything when the generator version changes', () => {
		const first = new JsonCache<number>(join(dir, 'c.json'), 'v1');
		first.set('a', 1);
		first.save();
		expect(new JsonCache<number>(join(dir, 'c.json'), 'v2').get('a')).toBeUndefined();
	});

	it('drops the entries a run did not use once they outnumber those it used', () => {
		const first = new JsonCache<number>(join(dir, 'c.json'), 'v1');
		first.set('a', 1);
		first.set('b', 2);
		first.set('c', 3);
		first.save();
		const second = new JsonCache<number>(join(dir, 'c.json'), 'v1');
		second.get('b');
		second.save();
		const lines = readFileSync(join(dir, 'c.json'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
		expect(lines).toEqual([{ version: 'v1' }, ['b', 2]]);
	});

	it('appends what a run added or changed, and writes the file afresh once unused entries are as many as used ones', () => {
		const file = join(dir, 'c.json');
		const first = new JsonCache<number[]>(file, 'v1');
		for (const key of ['a', 'b', 'c', 'd']) first.set(key, [1]);
		first.save();
		const second = new JsonCache<number[]>(file, 'v1');
		for (const key of ['a', 'b', 'c']) second.set(key, [...second.get(key)!]); // the same values, as copies
		second.set('d', [2]);
		second.set('e', [1]);
		second.save();
		const lines = () => readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
		expect(lines().slice(5)).toEqual([['d', [2]], ['e', [1]]]);
		const third = new JsonCache<number[]>(file, 'v1');
		expect(['a', 'b', 'c', 'd', 'e'].map((key) => third.get(key))).toEqual([[1], [1], [1], [2], [1]]);
		third.save();
		expect(lines()).toHaveLength(7);
		const fourth = new JsonCache<number[]>(file, 'v1');
		fourth.get('e');
		fourth.get('a');
		fourth.set('f', [3]);
		fourth.save();
		expect(lines()).toEqual([{ version: 'v1' }, ['e', [1]], ['a', [1]], ['f', [3]]]);
	});

	it('keeps values with newlines and non-ASCII text whole, one line an entry', () => {
		const first = new JsonCache<string>(join(dir, 'c.json'), 'v1');
		first.set('a', 'two\nlines — Rényi');
		first.set('b', 'x'.repeat(3 << 20)); // more than one write batch
		first.save();
		const again = new JsonCache<string>(join(dir, 'c.json'), 'v1');
		expect(again.get('a')).toBe('two\nlines — Rényi');
		expect(again.get('b')).toHaveLength(3 << 20);
		expect(readFileSync(join(dir, 'c.json'), 'utf8').trimEnd().split('\n')).toHaveLength(3);
	});

	it('treats a damaged file as empty', () => {
		writeFileSync(join(dir, 'c.json'), '{"version": "v1"}\n["a", 1]\n["b", \n["c", 3]\n');
		expect(new JsonCache<number>(join(dir, 'c.json'), 'v1').get('a')).toBeUndefined();
	});

	it('reads past a last line a killed append left unfinished, and the next save writes the file afresh', () => {
		writeFileSync(join(dir, 'c.json'), '{"version": "v1"}\n["a", 1]\n["b", ');
		const cache = new JsonCache<number>(join(dir, 'c.json'), 'v1');
		expect(cache.get('a')).toBe(1);
		cache.set('c', 3);
		cache.save();
		expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe('{"version":"v1"}\n["a",1]\n["c",3]\n');
	});
});

describe('JsonCache with a text cache line', () => {
	const entry = (n: number) => ({ text: { tldr: `T${n}`, entities: [n], summary: ['s'] }, keyphrases: { forms: ['f'], rows: [[n]] } });

	it('reads back entries whose tails stay in the file until read, after an append too', () => {
		const file = join(dir, 'texts.json');
		const first = new JsonCache<ReturnType<typeof entry>>(file, 'v1', TEXT_CACHE_LINE);
		first.set('a', entry(1));
		first.save();
		const second = new JsonCache<ReturnType<typeof entry>>(file, 'v1', TEXT_CACHE_LINE);
		second.get('a');
		second.set('b', entry(2));
		second.save();
		expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4);
		const third = new JsonCache<ReturnType<typeof entry>>(file, 'v1', TEXT_CACHE_LINE);
		expect(third.get('b')).toEqual(entry(2));
		expect(JSON.stringify(third.get('a'))).toBe(JSON.stringify(entry(1)));
	});

	it('is dropped whole when a tail was damaged', () => {
		const file = join(dir, 'texts.json');
		const first = new JsonCache<ReturnType<typeof entry>>(file, 'v1', TEXT_CACHE_LINE);
		first.set('a', entry(1));
		first.set('b', entry(2));
		first.save();
		writeFileSync(file, readFileSync(file, 'utf8').replace('"T2"', '"T3"'));
		expect(new JsonCache(file, 'v1', TEXT_CACHE_LINE).get('a')).toBeUndefined();
	});

	it('refuses to read a tail once the file was replaced', () => {
		const file = join(dir, 'texts.json');
		const first = new JsonCache<ReturnType<typeof entry>>(file, 'v1', TEXT_CACHE_LINE);
		first.set('a', entry(1));
		first.save();
		const second = new JsonCache<ReturnType<typeof entry>>(file, 'v1', TEXT_CACHE_LINE);
		const kept = second.get('a')!;
		// As a save replaces it: another file renamed in place.
		writeFileSync(`${file}.new`, readFileSync(file));
		renameSync(`${file}.new`, file);
		expect(() => kept.text.tldr).toThrow(/replaced/);
	});
});
