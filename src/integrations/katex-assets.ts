/**
 * Copies KaTeX's stylesheet and fonts from the installed `katex` package into the built
 * site (`katex/`), so pages with maths style it from the site itself: offline, from
 * `file://`, and never from a CDN. Only pages that hold maths link it (papers/[slug].astro).
 * Only the WOFF2 fonts are copied, which every browser that runs the site reads; KaTeX's
 * WOFF and TrueType fallbacks would triple the fonts' bytes.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stylesheet's path in the site, under the base path. */
export const KATEX_STYLESHEET = 'katex/katex.min.css';

/** `node_modules/katex/dist`, wherever the package manager put it. */
export function katexDist(): string {
	return join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
}

/**
 * KaTeX's stylesheet with only the WOFF2 source of each font.
 *
 * @example woff2Only('src:url(a.woff2) format("woff2"),url(a.woff) format("woff"),url(a.ttf) format("truetype")') // 'src:url(a.woff2) format("woff2")'
 */
export const woff2Only = (css: string): string => css.replace(/,url\([^)]*\) format\("(?:woff|truetype)"\)/g, '');

/** The Astro integration: after the build, `dist/katex/{katex.min.css,fonts/}`. */
export function katexAssets(): AstroIntegration {
	return {
		name: 'paperfold:katex-assets',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const from = katexDist();
				const to = join(fileURLToPath(dir), 'katex');
				cpSync(join(from, 'fonts'), join(to, 'fonts'), { recursive: true, filter: (file) => !/\.(woff|ttf)$/.test(file) });
				writeFileSync(join(to, 'katex.min.css'), woff2Only(readFileSync(join(from, 'katex.min.css'), 'utf8')));
			},
		},
	};
}
