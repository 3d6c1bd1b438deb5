/**
 * Indexes the site with Pagefind's Node API, as Starlight does, but fed page by page while
 * Astro renders (pagefind-feed.ts) rather than read back after `astro build`; a build that
 * changed no indexed page reuses the previous index (pagefind-reuse.ts); then writes
 * the search extras (search-extras.ts): the search page's sort orders and the offline
 * precache list.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { lockedVersions } from '../shared/build/source-digest.ts';
import { createPagefindFeed, type PagefindFeed } from './pagefind-feed.ts';
import { indexedPagesDigest, reuseIndex, saveIndex } from './pagefind-reuse.ts';
import { writeSearchExtras } from './search-extras.ts';

/**
 * Index settings. Of the generated body only the Abstract section is indexed (the others
 * quote it again and carry `data-pagefind-ignore`, src/loaders/rehype-search-sections.ts);
 * its "Abstract" heading labels every paper alike: indexed, it only crowds search excerpts.
 */
export const PAGEFIND_CONFIG = { excludeSelectors: ['.prose > section > h2'] };

/**
 * Only paper pages carry `data-pagefind-body`; Pagefind would still read every other page
 * (entity, topic, glossary … a third more files at 10,000 papers) just to skip it.
 */
export const PAGEFIND_GLOB = 'papers/*/index.html';

export interface PagefindOptions {
	/** The generated paper pages the site is built from, relative to the project root. */
	papers?: string;
}

/**
 * The pages fed in while the site was built (`feed`) and the rest of `outDir`'s matching pages,
 * indexed into `outDir/pagefind`; checks every response, logs each error and then throws one.
 * Returns the page count and the bundle folder.
 */
async function indexSite(index: PagefindIndex, feed: PagefindFeed, outDir: string, logger: AstroIntegrationLogger): Promise<{ pages: number; fromDisk: number; pagefindDir: string }> {
	const fed = await feed.finish(outDir);
	const errors = [...fed.errors];
	let pagefindDir = '';
	if (!errors.length) {
		const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
		errors.push(...written.errors);
		pagefindDir = written.outputPath;
	}
	if (errors.length) {
		for (const error of errors) logger.error(error);
		throw new Error('Pagefind failed to index the site; see the errors above.');
	}
	return { pages: fed.pages, fromDisk: fed.fromDisk, pagefindDir };
}

/** Starts Pagefind's service with paperfold's settings; throws its errors as one. */
async function openIndex(): Promise<PagefindIndex> {
	const created = await pagefindApi.createIndex(PAGEFIND_CONFIG);
	if (created.index && !created.errors.length) return created.index;
	await pagefindApi.close();
	throw new Error(`Pagefind could not start: ${created.errors.join('; ') || 'createIndex returned no index'}`);
}

/**
 * The Astro integration: Pagefind indexes paper pages as they are rendered (`pagefind-feed.ts`),
 * writes its index when the build is done, then the search extras.
 */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
	let papersDir = '';
	let base = '/';
	let cacheDir = '';
	let versions = '';
	let session: { index: PagefindIndex; feed: PagefindFeed; started: number } | undefined;
	return {
		name: 'paperfold:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				papersDir = fileURLToPath(new URL(options.papers ?? './content/papers/', config.root));
				base = config.base;
				cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind');
				const lockfile = fileURLToPath(new URL('package-lock.json', config.root));
				versions = existsSync(lockfile) ? lockedVersions(readFileSync(lockfile, 'utf8')) : '';
			},
			'astro:build:start': async ({ setPrerenderer }) => {
				if (process.env.PAPERFOLD_PAGEFIND === '0') return; // the benchmark's incremental rebuild times the Pagefind CLI apart
				const index = await openIndex();
				const feed = createPagefindFeed(index, { glob: PAGEFIND_GLOB, base });
				session = { index, feed, started: performance.now() };
				setPrerenderer((inner) => feed.wrap(inner));
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!session) return;
				const { index, feed, started } = session;
				session = undefined;
				const outDir = fileURLToPath(dir);
				try {
					// An incremental build that changed no indexed page keeps the previous index.
					const digest = indexedPagesDigest(outDir, PAGEFIND_GLOB, PAGEFIND_CONFIG, versions);
					if (reuseIndex(cacheDir, digest, join(outDir, 'pagefind'))) {
						// Straight to stdout, as the build summary: `npm run build` drops Astro's info lines.
						process.stdout.write('search: no indexed page changed; the previous index was reused\n');
						writeSearchExtras({ outDir, pagefindDir: join(outDir, 'pagefind'), papersDir });
						return;
					}
					const writing = performance.now();
					const { pages, fromDisk, pagefindDir } = await indexSite(index, feed, outDir, logger);
					const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
					logger.info(`Indexed ${pages} pages (${pages - fromDisk} as they rendered, ${fromDisk} read back); ${seconds(writing)} after the build, ${seconds(started)} in all.`);
					saveIndex(cacheDir, digest, pagefindDir);
					writeSearchExtras({ outDir, pagefindDir, papersDir });
				} finally {
					await closePagefind();
				}
			},
		},
	};
}

/**
 * Stops Pagefind's service and, on Linux, waits until its process has been reaped: the API
 * only signals it, and a build that exits first would leave its CPU time and memory out of
 * what `/usr/bin/time` (the benchmark) reports for the build.
 */
async function closePagefind(): Promise<void> {
	const children = childPids();
	await pagefindApi.close();
	const alive = (pid: number) => {
		try {
			process.kill(pid, 0);
			return true;
		} catch {
			return false;
		}
	};
	for (let waited = 0; waited < 2000 && children.some(alive); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** This process's child processes (Linux's /proc; none elsewhere). */
function childPids(): number[] {
	try {
		return readdirSync('/proc/self/task').flatMap((task) =>
			readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
		);
	} catch {
		return [];
	}
}
