/**
 * One line saying what `astro build` made: `site: 176 pages in 2.9 s (12 files rendered, 152
 * reused) · search: 48 pages indexed`; the files are the keyed routes, data files (CSV, JSON) included,
 * so they can outnumber the HTML pages. `npm run build` runs Astro at its warning level, so this line replaces the
 * per-route listing; it goes straight to stdout because Astro's logger drops info lines then.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { incrementalCounts, type IncrementalCounts } from '../shared/build/incremental-cache.ts';
import { reusedPages } from '../shared/build/published-pages.ts';

/**
 * Pages in the Pagefind index of the site in `outDir`, summed over languages, from
 * Pagefind's `pagefind-entry.json`; null when the site has no index.
 *
 * @example indexedPages('dist') // 48
 */
export function indexedPages(outDir: string): number | null {
	const entry = join(outDir, 'pagefind', 'pagefind-entry.json');
	if (!existsSync(entry)) return null;
	const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The summary line for `pages` built in `seconds`, `indexed` search pages (null: no index)
 * and, for an incremental build, how many of its keyed files (pages and data files) were rendered or reused.
 */
export function formatBuildSummary(pages: number, seconds: number, indexed: number | null, incremental: IncrementalCounts | null = null): string {
	const reuse = incremental ? ` (${incremental.rendered} files rendered, ${incremental.keyed - incremental.rendered} reused)` : '';
	const site = `site: ${pages} pages in ${seconds.toFixed(1)} s${reuse}`;
	return indexed === null ? site : `${site} · search: ${indexed} pages indexed`;
}

/** Prints the summary line when the build is done; list it after the Pagefind integration. */
export function buildSummary(): AstroIntegration {
	let started = performance.now();
	let startedAt = Date.now();
	let cacheDir = '';
	return {
		name: 'paperfold:build-summary',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : '';
			},
			'astro:build:start': () => {
				started = performance.now();
				startedAt = Date.now();
			},
			'astro:build:done': ({ dir, pages }) => {
				const seconds = (performance.now() - started) / 1000;
				const reusedFiles = new Set(reusedPages().map(({ page }) => page.file));
				const incremental = cacheDir ? incrementalCounts(cacheDir, startedAt, reusedFiles) : null;
				// Pages taken from the published site are not Astro's, but they are the site's.
				const reused = [...reusedFiles].filter((file) => file.endsWith('.html')).length;
				process.stdout.write(`${formatBuildSummary(pages.length + reused, seconds, indexedPages(fileURLToPath(dir)), incremental)}\n`);
			},
		},
	};
}
