import { describe, expect, it } from 'vitest';
import type { Paper } from '../shared/paper-schema.ts';
import { createPageCacheKeys } from './page-cache-key.ts';
import { recordDigests } from './record-digests.ts';

/** A record with two claims; only what `recordDigests` reads is real. */
const record = (id: string, claims: object[]) => ({ id, claims }) as unknown as Paper;

/** A claim whose fields throw when read: a key must not look inside it. */
const sealedClaim = () =>
	new Proxy({}, {
		get: () => {
			throw new Error('claim read');
		},
		ownKeys: () => {
			throw new Error('claim read');
		},
	});

describe('recordDigests', () => {
	it('names a record by its digest and each claim by the record and its position', () => {
		const [first, second] = [{ text: 'a' }, { text: 'b' }];
		const paper = record('p', [first, second]);
		const known = recordDigests([paper], ['d1']);
		expect(known.get(paper)).toBe('paper:d1');
		expect(known.get(first)).toBe('paper:d1/claims/0');
		expect(known.get(second)).toBe('paper:d1/claims/1');
	});

	it('lets an entity page key its claims without reading them', () => {
		const claims = [sealedClaim(), sealedClaim()];
		const paper = record('p', claims);
		const keys = createPageCacheKeys('s', recordDigests([paper], ['d1']));
		const entity = (at: number) => ({ claims: [{ paper, claim: claims[at] }] });
		expect(keys(entity(0))).not.toBe(keys(entity(1)));
		expect(createPageCacheKeys('s', recordDigests([paper], ['d2']))(entity(0))).not.toBe(keys(entity(0)));
	});
});
