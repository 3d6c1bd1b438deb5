/**
 * Bundles browser code from `src/client/` with esbuild, at build time, into one classic
 * script (an IIFE). Astro's own `<script>` bundles are ES modules, which Chromium refuses to
 * load from `file://`; a classic script runs there too, so the site works from a downloaded
 * copy. Used for script files (`search-ui.js`, `papers-table.js`) and for the bootstraps
 * inlined into every page (BootstrapScript.astro).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const bundles = new Map<string, Promise<string>>();

/**
 * The minified bundle of `entry`, a path under `src/client/`: `bundleClient('search/main.ts')`.
 * `inline` is for code put into the HTML: written in UTF-8 as the page is, without the
 * `"use strict"` prologue and without a function around it, which every page would carry; so a
 * bootstrap declares nothing at its top level (its bindings are block-scoped, inside `try`).
 * Each bundle is made once per build (a bootstrap is inlined into every page); `astro dev`
 * bundles afresh, so edits show on reload.
 */
export function bundleClient(entry: string, { inline = false } = {}): Promise<string> {
	const key = `${inline ? 'inline' : 'file'}:${entry}`;
	const cached = bundles.get(key);
	if (cached) return cached;
	const bundle = build({
		entryPoints: [resolve(process.cwd(), 'src/client', entry)],
		bundle: true,
		format: inline ? 'esm' : 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
		...(inline && { charset: 'utf8', tsconfigRaw: { compilerOptions: { alwaysStrict: false } } }),
	}).then(({ outputFiles: [file] }) => (inline ? file!.text.trimEnd() : file!.text));
	if (!import.meta.env.DEV) bundles.set(key, bundle);
	return bundle;
}
