import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collectionFile, GZIP_ABOVE_BYTES, publishedName } from './collection-file.ts';

const json = JSON.stringify({ format: 'paperfold-collection', papers: [{ abstract: 'Offline RL with ünïcode. '.repeat(40) }] });
const bytes = Buffer.from(json, 'utf8');

describe('collectionFile', () => {
	it('publishes a collection under the limit as plain papers.json, byte for byte', () => {
		const file = collectionFile(bytes);
		expect(file.name).toBe('papers.json');
		expect(Buffer.from(file.body).toString('utf8')).toBe(json);
	});

	it('publishes one over the limit as papers.json.gz that gunzips to the same JSON, smaller', () => {
		const file = collectionFile(bytes, 100);
		expect(file.name).toBe('papers.json.gz');
		expect(gunzipSync(file.body).toString('utf8')).toBe(json);
		expect(file.body.length).toBeLessThan(bytes.length / 3);
	});

	it('counts bytes, not characters, against the limit', () => {
		expect(bytes.length).toBeGreaterThan(json.length);
		expect(publishedName(bytes.length, json.length)).toBe('papers.json.gz');
		expect(publishedName(GZIP_ABOVE_BYTES)).toBe('papers.json');
		expect(publishedName(GZIP_ABOVE_BYTES + 1)).toBe('papers.json.gz');
	});
});
