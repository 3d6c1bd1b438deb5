import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { createPagefindFeed, outputFileOf, pagefindUrlOf, type Prerenderer } from './pagefind-feed.ts';
import { readPageIds } from './search-sorts.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const html = (words: string) => `<html lang="en"><body data-pagefind-body><h1>${words}</h1><p>About ${words}.</p></body></html>`;

/**
 * Astro's side of the contract: a prerenderer answering each request with a page (as the
 * default one does), and the render calls Astro makes, reading every body as Astro does.
 */
const site: Prerenderer = {
	name: 'fixture',
	getStaticPaths: async () => [],
	render: async (request) => {
		const { pathname } = new URL(request.url);
		return pathname.endsWith('.json') ? new Response('{}') : new Response(html(pathname.split('/').at(-2)!));
	},
};
async function renderAll(prerenderer: Prerenderer, pathnames: string[]): Promise<string[]> {
	const bodies: string[] = [];
	for (const pathname of pathnames) {
		const result = await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: {} as never });
		bodies.push(await (result instanceof Response ? result : result.response).text());
	}
	return bodies;
}

describe('outputFileOf', () => {
	it('names the file of a page folder under the base path', () => {
		expect(outputFileOf('/paperfold/papers/x/', '/paperfold/')).toBe('papers/x/index.html');
		expect(outputFileOf('/papers/x/', '/')).toBe('papers/x/index.html');
		expect(outputFileOf('/', '/')).toBe('index.html');
	});
	it('gives nothing for a file route or a path outside the base', () => {
		expect(outputFileOf('/papers.json', '/')).toBeNull();
		expect(outputFileOf('/other/papers/x/', '/paperfold/')).toBeNull();
	});
});

describe('pagefindUrlOf', () => {
	it('gives the URL addDirectory records for a page file', () => {
		expect(pagefindUrlOf('papers/x/index.html')).toBe('/papers/x/');
		expect(pagefindUrlOf('index.html')).toBe('/');
	});
});

describe('createPagefindFeed', () => {
	it('indexes the matching pages as they render, the rest of the site from disk, and passes responses on unchanged', async () => {
		dir = mkdtempSync(join(tmpdir(), 'pagefind-feed-'));
		// A page an incremental build did not render: only on disk.
		mkdirSync(join(dir, 'papers/cached'), { recursive: true });
		writeFileSync(join(dir, 'papers/cached/index.html'), html('cached'));
		try {
			const { index } = await pagefind.createIndex({});
			const feed = createPagefindFeed(index!, { glob: 'papers/*/index.html', base: '/base/' });
			const bodies = await renderAll(feed.wrap(site), ['/base/papers/alpha/', '/base/papers/beta/', '/base/topics/gamma/', '/base/papers.json']);
			expect(bodies).toEqual([html('alpha'), html('beta'), html('gamma'), '{}']);
			const { pages, fromDisk, errors } = await feed.finish(dir);
			expect(errors).toEqual([]);
			expect({ pages, fromDisk }).toEqual({ pages: 3, fromDisk: 1 });
			expect((await index!.writeFiles({ outputPath: join(dir, 'pagefind') })).errors).toEqual([]);
		} finally {
			await pagefind.close();
		}
		expect([...readPageIds(join(dir, 'pagefind')).keys()].sort()).toEqual(['/papers/alpha/', '/papers/beta/', '/papers/cached/']);
	});
});
