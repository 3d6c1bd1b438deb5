/**
 * `library.js`: the reader's library (src/client/library/main.ts) as one classic script,
 * loaded by the pages with lists of papers (src/components/ScriptFile.astro).
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () =>
	new Response(await bundleClient('library/main.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
