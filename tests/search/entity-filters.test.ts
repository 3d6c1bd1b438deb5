/**
 * Entity search, in a real browser on the built default site: entity names and types
 * are Pagefind filters of the generated index (not just attributes in the HTML).
 */
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { readPapersJson } from '../helpers/site-data.ts';

const site = inject('site');
const papers = readPapersJson(site.dist).papers;
const web = useServedSite(site.dist, site.base);

/** Runs code against the site's own `pagefind.js` in a page of the site. */
async function withPagefind<T>(body: string): Promise<T> {
	const page = await web.browser.newPage();
	await page.goto(web.server.url);
	// A string, not a function: Vitest would rewrite `import()` inside a function body.
	const result = await page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(`${web.server.url}pagefind/pagefind.js`)});
		await pagefind.init();
		${body}
	})()`);
	await page.close();
	return result as T;
}

const mentioning = (type: string, id: string) => papers.filter((p) => p.entities.some((e) => e.type === type && e.id === id));

describe('the Pagefind index of the seed site', () => {
	it('has entity and entity-type filters with the names of the entities', async () => {
		const filters = await withPagefind<Record<string, Record<string, number>>>('return await pagefind.filters();');
		expect(Object.keys(filters)).toEqual(expect.arrayContaining(['entity', 'entity type']));
		expect(Object.keys(filters['entity type']!).sort()).toEqual(['Algorithms', 'Datasets & benchmarks', 'Methods', 'Models']);
		for (const name of ['PPO', 'DQN', 'ICPL', 'GSM8K', 'GLUE', 'SuperGLUE']) expect(Object.keys(filters.entity!), name).toContain(name);
		expect(filters.entity!.PPO).toBe(mentioning('algorithm', 'ppo').length);
	});

	it('gives each result its entity names and types with its data', async () => {
		const data = await withPagefind<{ url: string; filters: Record<string, string[]> }>(`
			const found = await pagefind.search('Reptile');
			return (await found.results[0].data());
		`);
		const ramario = papers.find((p) => p.title.startsWith('RAMario'))!;
		expect(data.url).toBe(`${site.base}papers/${ramario.id}/`);
		expect(data.filters.entity).toEqual(expect.arrayContaining(['PPO', 'DQN', 'Reptile']));
		expect(data.filters['entity type']).toEqual(expect.arrayContaining(['Algorithms']));
	});

	it('narrows a search to exactly the papers naming an entity', async () => {
		const urls = await withPagefind<string[]>(`
			const found = await pagefind.search(null, { filters: { entity: 'PPO' } });
			return Promise.all(found.results.map(async (r) => (await r.data()).url));
		`);
		const expected = mentioning('algorithm', 'ppo').map((p) => `${site.base}papers/${p.id}/`);
		expect(expected.length).toBeGreaterThan(1);
		expect(urls.sort()).toEqual(expected.sort());
	});
});
