/**
 * Builds the search bundle from the paper records on a worker thread, started when Astro
 * starts rendering (pagefind.ts): Pagefind's own process indexes on the core Astro's
 * rendering leaves idle, and reading thousands of records never blocks Astro's main thread.
 * The worker writes the finished bundle (recompressed, and kept for the next build) to a
 * staging folder that the integration moves into `dist/` once the pages are built.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as pagefindApi from 'pagefind';
import { recompressSearchBundle } from './pagefind-recompress.ts';
import { indexedPagesDigest, reuseIndex, saveIndex } from './pagefind-reuse.ts';
import { readSearchPages, type SearchPage, type SearchPageFolders } from './search-page-sources.ts';

/**
 * Index settings. Of the generated body only the Abstract section is indexed (the others
 * quote it again and carry `data-pagefind-ignore`, src/loaders/rehype-search-sections.ts);
 * its "Abstract" heading labels every paper alike: indexed, it only crowds search excerpts.
 * The Keyphrases list is left out too: its phrases are verbatim spans of the abstract, so
 * they find no paper the abstract does not, while indexing the commonest words twice grew
 * the index chunks that a first search fetches.
 */
export const PAGEFIND_CONFIG = { excludeSelectors: ['.prose > section > h2', 'section[aria-labelledby="keyphrases"]'] };

/** Where Zopfli's results are kept, inside the index cache (pagefind-recompress.ts). */
const RECOMPRESSED_DIR = 'zopfli';

/** Documents sent to Pagefind's process at once. */
const BATCH = 200;

export interface IndexJob extends SearchPageFolders {
	/** Where the previous index is kept (pagefind-reuse.ts). */
	indexCacheDir: string;
	/** Where the finished bundle is written, emptied first. */
	stagingDir: string;
	/** The locked package versions: part of the digest. */
	versions: string;
}

export interface IndexOutcome {
	pages: number;
	/** True when no indexed page changed and the previous index was unpacked. */
	reused: boolean;
	/** Pagefind's errors; the bundle is incomplete when there are any. */
	errors: string[];
	seconds: number;
}

/** Indexes `pages` with Pagefind into `outputPath`; returns the page count and every error Pagefind reported. */
export async function indexPages(pages: readonly SearchPage[], outputPath: string): Promise<{ pages: number; errors: string[] }> {
	const errors: string[] = [];
	let count = 0;
	try {
		const created = await pagefindApi.createIndex(PAGEFIND_CONFIG);
		errors.push(...created.errors);
		const index = created.index;
		if (!index) return { pages: 0, errors: errors.length ? errors : ['createIndex returned no index'] };
		for (let start = 0; start < pages.length; start += BATCH) {
			const added = await Promise.all(pages.slice(start, start + BATCH).map((page) => index.addHTMLFile({ url: page.url, content: page.html })));
			for (const response of added) {
				errors.push(...response.errors);
				if (!response.errors.length) count++;
			}
		}
		const written = await index.writeFiles({ outputPath });
		errors.push(...written.errors);
	} finally {
		await closePagefind();
	}
	return { pages: count, errors };
}

/** The whole job: the pages' documents, then the cached index when they are unchanged, else a new one. */
export async function buildSearchBundle(job: IndexJob): Promise<IndexOutcome> {
	const started = performance.now();
	const seconds = () => (performance.now() - started) / 1000;
	const pages = readSearchPages(job);
	const digest = indexedPagesDigest(pages, PAGEFIND_CONFIG, job.versions);
	rmSync(job.stagingDir, { recursive: true, force: true });
	if (reuseIndex(job.indexCacheDir, digest, job.stagingDir)) return { pages: pages.length, reused: true, errors: [], seconds: seconds() };
	const indexed = await indexPages(pages, job.stagingDir);
	if (indexed.errors.length) return { pages: indexed.pages, reused: false, errors: indexed.errors, seconds: seconds() };
	await recompressSearchBundle(job.stagingDir, { dir: join(job.indexCacheDir, RECOMPRESSED_DIR), salt: job.versions });
	saveIndex(job.indexCacheDir, digest, job.stagingDir);
	return { pages: indexed.pages, reused: false, errors: [], seconds: seconds() };
}

/** Indexing under way on a worker thread. */
export interface IndexingRun {
	/** The outcome; from this call on, the worker keeps the process alive until it is done. */
	result(): Promise<IndexOutcome>;
}

/**
 * Runs `buildSearchBundle(job)` on a worker thread. Until `result()` is called the worker
 * does not keep the process alive: a build that fails first exits as it would have.
 */
export function startIndexing(job: IndexJob): IndexingRun {
	// A path, not `new URL('./…', import.meta.url)`, which Vite would rewrite as an asset.
	const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'pagefind-indexer.ts'), { workerData: { pagefindIndexJob: job } });
	worker.unref();
	const outcome = new Promise<IndexOutcome>((resolve, reject) => {
		worker.once('message', (message: { outcome?: IndexOutcome; error?: string }) => {
			if (message.outcome) resolve(message.outcome);
			else reject(new Error(`Search indexing failed: ${message.error}`));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The search indexing worker stopped (exit code ${code}) before it finished.`)));
	});
	outcome.catch(() => {}); // seen by `result()`; unobserved until then
	return {
		result: () => {
			worker.ref();
			return outcome;
		},
	};
}

if (!isMainThread && parentPort && (workerData as { pagefindIndexJob?: IndexJob } | null)?.pagefindIndexJob) {
	const port = parentPort;
	buildSearchBundle((workerData as { pagefindIndexJob: IndexJob }).pagefindIndexJob).then(
		(outcome) => port.postMessage({ outcome }),
		(error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
	);
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
