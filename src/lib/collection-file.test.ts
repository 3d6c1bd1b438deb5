import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collectionFile, GZIP_ABOVE_BYTES } from './collection-file.ts';

const json = JSON.stringify({ format: 'paperfold-collection', papers: [{ abstract: 'Offline RL with ünïcode. '.repeat(40) }] });

describe('collectionFile', () => {
	it('publishes a collection under the limit as plain papers.json, byte for byte', () => {
		const file = collectionFile(json);
		expect(file.name).toBe('papers.json');
		expect(Buffer.from(file.body).toString('utf8')).toBe(json);
	});

	it('publishes one over the limit as papers.json.gz that gunzips to the same JSON, smaller', () => {
		const file = collectionFile(json, 100);
		expect(file.name).toBe('papers.json.gz');
		expect(gunzipSync(file.body).toString('utf8')).toBe(json);
		expect(file.body.length).toBeLessThan(Buffer.byteLength(json) / 3);
	});

	it('counts bytes, not characters, against the limit', () => {
		const limit = json.length;
		expect(Buffer.byteLength(json)).toBeGreaterThan(limit);
		expect(collectionFile(json, limit).name).toBe('papers.json.gz');
		expect(GZIP_ABOVE_BYTES).toBe(50 * 1024 * 1024);
	});
});
