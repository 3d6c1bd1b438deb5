/**
 * `search-page.js`: the search page's controls (src/client/search/page-entry.ts) as one
 * classic script, which `search-ui.js` loads on the search page only.
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () =>
	new Response(await bundleClient('search/page-entry.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
