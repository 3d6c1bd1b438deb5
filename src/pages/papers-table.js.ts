/**
 * `papers-table.js`: sorting and filtering of the all-papers table (src/client/papers-table.ts)
 * as one classic script, loaded only by that page (src/components/ScriptFile.astro).
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () =>
	new Response(await bundleClient('papers-table.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
