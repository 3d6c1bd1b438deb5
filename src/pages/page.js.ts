/**
 * `page.js`: what every page runs after it is parsed (src/client/page/main.ts: the page's
 * buttons, search on demand, the service worker), as one classic script that every page
 * loads deferred and the browser and the service worker keep.
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () =>
	new Response(await bundleClient('page/main.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
