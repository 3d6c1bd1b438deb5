/**
 * Copies KaTeX's stylesheet and fonts from the installed `katex` package into the built
 * site (`katex/`), so pages with maths style it from the site itself: offline, from
 * `file://`, and never from a CDN. Only pages that hold maths link it (papers/[slug].astro).
 */
import type { AstroIntegration } from 'astro';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stylesheet's path in the site, under the base path. */
export const KATEX_STYLESHEET = 'katex/katex.min.css';

/** `node_modules/katex/dist`, wherever the package manager put it. */
function katexDist(): string {
	return join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
}

/** The Astro integration: after the build, `dist/katex/{katex.min.css,fonts/}`. */
export function katexAssets(): AstroIntegration {
	return {
		name: 'paperfold:katex-assets',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const from = katexDist();
				const to = join(fileURLToPath(dir), 'katex');
				cpSync(join(from, 'katex.min.css'), join(to, 'katex.min.css'));
				cpSync(join(from, 'fonts'), join(to, 'fonts'), { recursive: true });
			},
		},
	};
}
