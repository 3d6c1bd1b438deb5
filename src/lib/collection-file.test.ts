import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collectionFile, COLLECTION_FILE } from './collection-file.ts';

const json = JSON.stringify({ format: 'paperfold-collection', papers: [{ abstract: 'Offline RL with ünïcode. '.repeat(40) }] });
const bytes = Buffer.from(json, 'utf8');

describe('collectionFile', () => {
	it('publishes any collection, however small, as papers.json.gz that gunzips to the same JSON', () => {
		const file = collectionFile(bytes);
		expect(file.name).toBe(COLLECTION_FILE);
		expect(file.name).toBe('papers.json.gz');
		expect(gunzipSync(file.body).toString('utf8')).toBe(json);
	});

	it('makes a file several times smaller than the JSON', () => {
		expect(collectionFile(bytes).body.length).toBeLessThan(bytes.length / 3);
	});
});
