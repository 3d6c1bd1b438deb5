/**
 * The site's search index. Pagefind indexes the paper pages from their records while Astro
 * renders the site (pagefind-indexer.ts, on a worker thread started with the build's config
 * and set going at `astro:build:start`, once the records are synced): the index no longer
 * waits for every page to be written, and its own process uses the core
 * Astro's rendering leaves idle. At `astro:build:done` the finished bundle (recompressed,
 * pagefind-recompress.ts) moves into `dist/pagefind`, less the bundles the site never loads,
 * and the search extras are written (search-extras.ts): the search page's sort orders and the
 * offline precache list.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockedVersions } from '../shared/build/source-digest.ts';
import { NOTES_DIR } from '../loaders/notes-folder.ts';
import { PUBLISHED_DIST_ENV } from '../shared/build/published-pages.ts';
import { startIndexing, type IndexingRun, type IndexJob } from './pagefind-indexer.ts';
import { PAGEFIND_CONFIG } from './pagefind-session.ts';
import { removeUnusedBundles, writeSearchExtras } from './search-extras.ts';

export { PAGEFIND_CONFIG };

export interface PagefindOptions {
	/** The generated paper pages the site is built from, relative to the project root. */
	papers?: string;
}

/** Moves folder `from` to `to`, copying when they are on different file systems. */
function moveFolder(from: string, to: string): void {
	rmSync(to, { recursive: true, force: true });
	try {
		renameSync(from, to);
	} catch {
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

/** The Astro integration: Pagefind during the build, the search extras after it. */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
	let job: IndexJob | undefined;
	let indexing: IndexingRun | undefined;
	let building = false;
	return {
		name: 'paperfold:pagefind',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config }) => {
				const cacheDir = fileURLToPath(config.cacheDir);
				const lockfile = fileURLToPath(new URL('package-lock.json', config.root));
				job = {
					cacheDir,
					papersDir: fileURLToPath(new URL(options.papers ?? './content/papers/', config.root)),
					notesDir: resolve(fileURLToPath(config.root), NOTES_DIR),
					indexCacheDir: join(cacheDir, 'pagefind'),
					stagingDir: join(cacheDir, 'pagefind-staging'),
					versions: existsSync(lockfile) ? lockedVersions(readFileSync(lockfile, 'utf8')) : '',
					// Set by the site build (scripts/cli/site-build.ts) to the site this one replaces.
					...(process.env[PUBLISHED_DIST_ENV] ? { publishedBundleDir: join(process.env[PUBLISHED_DIST_ENV], 'pagefind') } : {}),
				};
				// The worker loads its code while the content is synced; the benchmark runs and times Pagefind itself.
				if (building && !indexing && process.env.PAPERFOLD_PAGEFIND !== '0') indexing = startIndexing(job);
			},
			// The content sync (records and bodies written) is done when a build starts.
			'astro:build:start': () => {
				indexing?.begin();
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!indexing || !job) return;
				const outDir = fileURLToPath(dir);
				// A new or patched bundle's extras are written while the worker recompresses and keeps
				// it; they read the bundle's file names, which recompressing does not change, from
				// where the worker wrote it.
				const early = await indexing.extras().catch(() => null);
				if (early) writeSearchExtras({ outDir, pagefindDir: join(outDir, 'pagefind'), bundleDir: job.stagingDir, papersDir: job.papersDir, ...early });
				const outcome = await indexing.result();
				if (outcome.errors.length) {
					for (const error of outcome.errors) logger.error(error);
					throw new Error('Pagefind failed to index the site; see the errors above.');
				}
				const pagefindDir = join(outDir, 'pagefind');
				moveFolder(job.stagingDir, pagefindDir);
				if (outcome.reused) {
					// Straight to stdout, as the build summary: `npm run build` drops Astro's info lines.
					process.stdout.write('search: no indexed page changed; the previous index was reused\n');
				} else if (outcome.patch && 'pages' in outcome.patch) {
					process.stdout.write(`search: ${outcome.patch.pages} changed page(s) patched into the previous index in ${outcome.seconds.toFixed(1)} s\n`);
				} else {
					const why = outcome.patch && 'refused' in outcome.patch ? ` (not patched: ${outcome.patch.refused})` : '';
					logger.info(`Indexed ${outcome.pages} pages in ${outcome.seconds.toFixed(1)} s, while the site was built${why}.`);
				}
				removeUnusedBundles(pagefindDir);
				if (!early) writeSearchExtras({ outDir, pagefindDir, papersDir: job.papersDir, sortValues: outcome.sortValues, pageIds: outcome.pageIds });
			},
		},
	};
}
