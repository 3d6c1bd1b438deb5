/**
 * `search-ui.js`: the search client (src/client/search/main.ts) as one classic script, which
 * `page.js` loads when the reader turns to search (src/client/page/search-on-demand.ts).
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () =>
	new Response(await bundleClient('search/main.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
