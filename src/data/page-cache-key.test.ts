import { describe, expect, it } from 'vitest';
import { createPageCacheKeys, withCacheKey } from './page-cache-key.ts';

const paper = (id: string, abstract: string) => ({ id, title: `Title ${id}`, abstract });

describe('createPageCacheKeys', () => {
	it('gives equal props the same key, whatever the order of their keys', () => {
		const key = createPageCacheKeys('salt');
		expect(key({ a: 1, b: [2, 'x'] })).toBe(createPageCacheKeys('salt')({ b: [2, 'x'], a: 1 }));
	});

	it('changes when a record the page lists changes, however deep', () => {
		const before = createPageCacheKeys('salt')({ topic: { papers: [paper('a', 'one'), paper('b', 'two')] } });
		const after = createPageCacheKeys('salt')({ topic: { papers: [paper('a', 'one'), paper('b', 'two!')] } });
		expect(after).not.toBe(before);
	});

	it('changes with the salt (the code every page runs)', () => {
		expect(createPageCacheKeys('code 1')({ a: 1 })).not.toBe(createPageCacheKeys('code 2')({ a: 1 }));
	});

	it('stands a known record for its digest: its digest decides, not its fields', () => {
		const a = paper('a', 'one');
		const b = paper('a', 'changed, but the digest says it is the same page');
		expect(createPageCacheKeys('s', new Map([[a, 'd1']]))({ related: [a] })).toBe(createPageCacheKeys('s', new Map([[b, 'd1']]))({ related: [b] }));
		expect(createPageCacheKeys('s', new Map([[a, 'd1']]))({ related: [a] })).not.toBe(createPageCacheKeys('s', new Map([[a, 'd2']]))({ related: [a] }));
	});

	it('hashes the contents of maps, sets and dates (JSON would see {})', () => {
		const key = createPageCacheKeys('s');
		expect(key({ names: new Map([['m', 'PPO']]) })).not.toBe(key({ names: new Map([['m', 'DQN']]) }));
		expect(key({ ids: new Set(['a']) })).not.toBe(key({ ids: new Set(['b']) }));
		expect(key({ at: new Date('2025-01-01') })).not.toBe(key({ at: new Date('2025-01-02') }));
	});

	it('never writes two different values the same way', () => {
		const key = createPageCacheKeys('s');
		expect(key(['a,b'])).not.toBe(key(['a', 'b']));
		expect(key({ a: [1] })).not.toBe(key({ a: 'A[1]' }));
		expect(key([new Map([['k', 'v']])])).not.toBe(key([{ k: 'v' }]));
		const long = 'x'.repeat(300);
		expect(key([long])).not.toBe(key([`${long}y`]));
	});

	it('tells null, undefined, a missing field and an empty string apart', () => {
		const key = createPageCacheKeys('s');
		const keys = new Set([key({ note: null }), key({ note: undefined }), key({}), key({ note: '' })]);
		expect(keys.size).toBe(4);
	});
});

describe('withCacheKey', () => {
	it('adds the key of the props and keeps params and props as they are', () => {
		const keys = createPageCacheKeys('s');
		const path = { params: { slug: 'a' }, props: { title: 'A' } };
		expect(withCacheKey(keys, path)).toEqual({ ...path, cacheKey: keys({ title: 'A' }) });
	});
});
