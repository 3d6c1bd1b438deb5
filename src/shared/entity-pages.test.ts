import { describe, expect, it } from 'vitest';
import { ENTITY_PAGE_MIN_PAPERS, entitiesLinkedIn, entityLinkPath, entityLinkRewrites, hasEntityPage, paperEntityLinks } from './entity-pages.ts';
import { joinBase } from './urls.ts';

const named = (...ids: string[]) => ids.map((id) => ({ paper: { id } }));
const ppo = { type: 'algorithm', id: 'ppo', papers: named('a', 'b') };
const icpl = { type: 'method', id: 'icpl', papers: named('a') };

describe('hasEntityPage', () => {
	it('gives a page to an entity two papers or more name, and none to one a single paper names', () => {
		expect(ENTITY_PAGE_MIN_PAPERS).toBe(2);
		expect(hasEntityPage(ppo)).toBe(true);
		expect(hasEntityPage({ papers: named('a', 'b', 'c') })).toBe(true);
		expect(hasEntityPage(icpl)).toBe(false);
	});
});

describe('entityLinkPath', () => {
	it('links an entity with a page to it, from anywhere', () => {
		expect(entityLinkPath(ppo)).toBe('/entities/algorithm/ppo/');
		expect(entityLinkPath(ppo, 'a')).toBe('/entities/algorithm/ppo/');
	});
	it('links an entity without a page to the one paper naming it, and not at all from that paper', () => {
		expect(entityLinkPath(icpl)).toBe('/papers/a/');
		expect(entityLinkPath(icpl, 'b')).toBe('/papers/a/');
		expect(entityLinkPath(icpl, 'a')).toBeNull();
	});
});

describe('paperEntityLinks', () => {
	const entities = new Map([
		['algorithm/ppo', ppo],
		['method/icpl', icpl],
	]);
	it('says where each entity a paper names links to from its page, each once; unknown ones are left out', () => {
		const links = paperEntityLinks('a', [ppo, icpl, ppo, { type: 'model', id: 'gone' }], entities);
		expect([...links]).toEqual([
			['algorithm/ppo', '/entities/algorithm/ppo/'],
			['method/icpl', null],
		]);
	});
	it('changes when an entity gains its second paper, so the page keyed on it is made again', () => {
		const before = paperEntityLinks('a', [icpl], entities);
		const after = paperEntityLinks('a', [icpl], new Map([['method/icpl', { ...icpl, papers: named('a', 'c') }]]));
		expect(before.get('method/icpl')).toBeNull();
		expect(after.get('method/icpl')).toBe('/entities/method/icpl/');
	});
});

describe('entityLinkRewrites', () => {
	it('maps the based hrefs of entity pages not built to where their links go, under the base', () => {
		const links = new Map<string, string | null>([
			['algorithm/ppo', '/entities/algorithm/ppo/'],
			['method/icpl', null],
			['model/x', '/papers/b/'],
		]);
		const rewrites = entityLinkRewrites(links, (path) => joinBase('/paperfold/', path));
		expect([...rewrites]).toEqual([
			['/paperfold/entities/method/icpl/', null],
			['/paperfold/entities/model/x/', '/paperfold/papers/b/'],
		]);
	});
});

describe('entitiesLinkedIn', () => {
	it('finds the entity pages a note links to, with or without a base, each once', () => {
		const text = 'See [PPO](/entities/algorithm/ppo/) and [ICPL](/paperfold/entities/method/icpl/#claims), again [PPO](/entities/algorithm/ppo/).';
		expect(entitiesLinkedIn(text)).toEqual([
			{ type: 'algorithm', id: 'ppo' },
			{ type: 'method', id: 'icpl' },
		]);
	});
	it('passes over the type indexes and malformed escapes', () => {
		expect(entitiesLinkedIn('[all](/entities/method/) [bad](/entities/method/%E0%A4%A/)')).toEqual([]);
	});
});
