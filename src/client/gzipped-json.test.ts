import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzippedJson } from './gzipped-json.ts';

const table = { en_3f9a2c1: 'reptile-on-first-order-meta-learning-algorithms', en_0b1c2d3: 'zoë-und-ärger' };

describe('gzippedJson', () => {
	it('reads a gzipped file as the host stores it', async () => {
		expect(await gzippedJson(new Response(gzipSync(JSON.stringify(table))))).toEqual(table);
	});

	it('reads the JSON itself when the host has decoded the gzip already', async () => {
		expect(await gzippedJson(new Response(JSON.stringify(table)))).toEqual(table);
	});
});
