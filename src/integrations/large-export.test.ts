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

	it('replaces a built papers.json past the limit with papers.json.gz, and leaves a small one as it is', () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-export-'));
		writeFileSync(join(dir, 'papers.json'), json);
		expect(publishExport(dir)).toBe('papers.json');
		expect(readFileSync(join(dir, 'papers.json'), 'utf8')).toBe(json);
		expect(publishExport(dir, 100)).toBe('papers.json.gz');
		expect(readdirSync(dir)).toEqual(['papers.json.gz']);
		expect(gunzipSync(readFileSync(join(dir, 'papers.json.gz'))).toString('utf8')).toBe(json);
	});
});
