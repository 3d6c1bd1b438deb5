import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packJson } from '../lib/pack-json.ts';
import { unpackJson } from './packed-json.ts';

const data = { v: 1, papers: [['reptile', 'Reptile: a Scalable Meta-Learning Algorithm', 'Zoë’s “meta” learner']] };

describe('unpackJson', () => {
	it('unpacks what packJson writes', async () => {
		expect(await unpackJson(packJson(data))).toEqual(data);
	});

	it('still unpacks base64, as a data script written before base85 and kept in a cache holds', async () => {
		expect(await unpackJson(deflateRawSync(JSON.stringify(data)).toString('base64'))).toEqual(data);
	});
});
