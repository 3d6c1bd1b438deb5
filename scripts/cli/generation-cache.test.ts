import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySources, editFile, lockVersion } from '../../src/shared/testing/source-copy.ts';
import { generatorVersion, JsonCache, textKey } from './generation-cache.ts';

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

	it('keeps only the entries a run used', () => {
		const first = new JsonCache<number>(join(dir, 'c.json'), 'v1');
		first.set('a', 1);
		first.set('b', 2);
		first.save();
		const second = new JsonCache<number>(join(dir, 'c.json'), 'v1');
		second.get('b');
		second.save();
		const lines = readFileSync(join(dir, 'c.json'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
		expect(lines).toEqual([{ version: 'v1' }, ['b', 2]]);
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
		writeFileSync(join(dir, 'c.json'), '{"version": "v1"}\n["a", 1]\n["b", ');
		expect(new JsonCache<number>(join(dir, 'c.json'), 'v1').get('a')).toBeUndefined();
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

	it('ignores tests, fixtures and benchmarks, which do not shape the pages', () => {
		const root = copySources();
		const before = generatorVersion(root, []);
		editFile(root, 'scripts/annotate/acronyms.test.ts');
		editFile(root, 'scripts/ingest/fixtures/new-case/input.txt', 'text\n');
		editFile(root, 'scripts/bench/run.ts');
		expect(generatorVersion(root, [])).toBe(before);
	});
});
