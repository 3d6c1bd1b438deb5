/**
 * `page-buttons.js`: what the theme and copy buttons do (src/client/page-buttons/main.ts), as
 * one classic script, which the inline bootstrap loads at a first click on one
 * (src/client/bootstrap/buttons.ts).
 */
import type { APIRoute } from 'astro';
import { bundleClient } from '../lib/bundle-client.ts';

export const GET: APIRoute = async () =>
	new Response(await bundleClient('page-buttons/main.ts'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
