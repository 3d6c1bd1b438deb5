import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { publishExport } from './large-export.ts';

const json = JSON.stringify({ format: 'paperfold-collection', papers: [{ abstract: 'Offline RL with ünïcode. '.repeat(40) }] });

describe('publishExport, after the build', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('replaces a built papers.json, however small, with papers.json.gz holding the same JSON', () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		writeFileSync(join(dir, 'papers.json'), json);
		expect(publishExport(dir)).toBe('papers.json.gz');
		expect(readdirSync(dir)).toEqual(['papers.json.gz']);
		expect(gunzipSync(readFileSync(join(dir, 'papers.json.gz'))).toString('utf8')).toBe(json);
	});

	it('does nothing where no export was built', () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		expect(publishExport(dir)).toBeNull();
		expect(readdirSync(dir)).toEqual([]);
	});
});
