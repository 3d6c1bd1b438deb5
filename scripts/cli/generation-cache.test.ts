import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonCache, textKey } from './generation-cache.ts';

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
		expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).entries).toEqual({ b: 2 });
	});

	it('treats a damaged file as empty', () => {
		writeFileSync(join(dir, 'c.json'), '{"version": "v1", "entr');
		expect(new JsonCache<number>(join(dir, 'c.json'), 'v1').get('a')).toBeUndefined();
	});
});
