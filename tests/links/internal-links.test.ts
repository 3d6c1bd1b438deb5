/**
 * linkinator over the site served under its base path: every internal link, stylesheet,
 * script and image resolves.
 */
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { site } from '../helpers/seed-site.ts';

let server: StaticServer;

beforeAll(async () => {
	server = await serveDist(site.dist, site.base);
});

afterAll(async () => {
	await server?.close();
});

describe('internal links', () => {
	it('are never broken', async () => {
		const origin = new URL(server.url).origin;
		const result = await new LinkChecker().check({
			path: server.url,
			recurse: true,
			concurrency: 8,
			// External links are out of scope (and this machine has no internet).
			linksToSkip: async (link) => !link.startsWith(origin),
		});
		const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (on ${l.parent})`);
		expect(broken, broken.join('\n')).toEqual([]);
		const checked = result.links.filter((l) => l.state === 'OK' && l.url.startsWith(origin));
		// Every paper page, and the entity pages (only entities two papers name have one) with their indexes.
		expect(checked.length).toBeGreaterThan(80);
		expect(checked.some((l) => l.url.includes(`${site.base}papers/`))).toBe(true);
		expect(checked.some((l) => /\/entities\/[^/]+\/[^/]+\/$/.test(l.url))).toBe(true);
	});
});
