/**
 * `search-ui.js`: the search client (src/client/search/main.ts) bundled as one classic
 * script. Astro's own `<script>` bundles are ES modules, which Chromium refuses to load
 * from `file://`; a classic script runs there too, so search works from a downloaded copy.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const GET: APIRoute = async () => {
	const bundle = await build({
		entryPoints: [resolve(process.cwd(), 'src/client/search/main.ts')],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
	});
	return new Response(bundle.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
