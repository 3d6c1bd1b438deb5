/**
 * `search-offline.js`: the search engine over the offline data (src/client/search/offline-entry.ts)
 * as one classic script, which `search-ui.js` loads from `file://` or when Pagefind cannot load.
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () =>
	new Response(await bundleClient('search/offline-entry.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
