/**
 * `map.js`: the map page's focus behaviour (src/client/map-focus.ts) as one classic script,
 * loaded only by that page (src/components/ScriptFile.astro).
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () => new Response(await bundleClient('map-focus.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
