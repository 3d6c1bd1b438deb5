/**
 * Builds the search bundle from the paper records on a worker thread, started when Astro
 * starts rendering (pagefind.ts): Pagefind's own process indexes on the core Astro's
 * rendering leaves idle, and reading thousands of records never blocks Astro's main thread.
 * The worker writes the finished bundle (recompressed, and kept for the next build) to a
 * staging folder that the integration moves into `dist/` once the pages are built.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as pagefindApi from 'pagefind';
import { readFolder } from './folder-pack.ts';
import { filesToRecompress, recompressCacheEmpty, recompressSearchBundle, recompressWasmAhead, type RecompressCache } from './pagefind-recompress.ts';
import { MAX_PATCHED_PAGES, patchSearchBundle, planPatch, type PatchOutcome } from './pagefind-patch-run.ts';
import { cachedDocuments, createPagesDigest, documentDigest, reuseIndex, saveIndex, saveInputsDigest, savedInputsDigest } from './pagefind-reuse.ts';
import { documentCodeDigest, openSearchPageCache } from './search-page-cache.ts';
import { openSearchPages, type SearchPage, type SearchPageFolders } from './search-page-sources.ts';
import type { SortValues } from './paper-sort-values.ts';
import { pageIdsOfBundle, readPageIds } from './search-sorts.ts';
import { closePagefind, indexPages, openIndex, PAGEFIND_CONFIG, type IndexSession } from './pagefind-session.ts';
import { makeTermsAhead, offerTermsAhead, type TermsAhead } from '../data/search-terms-ahead.ts';

/** Where Zopfli's results are kept, inside the index cache (pagefind-recompress.ts). */
const RECOMPRESSED_DIR = 'zopfli';

export interface IndexJob extends SearchPageFolders {
	/** Where the previous index is kept (pagefind-reuse.ts). */
	indexCacheDir: string;
	/** Where the finished bundle is written, emptied first. */
	stagingDir: string;
	/** The locked package versions: part of the digest. */
	versions: string;
	/**
	 * The published site's bundle (`dist/pagefind` of the site this build replaces), whose files
	 * a patched bundle links where their bytes are the same (folder-link.ts); absent without one.
	 */
	publishedBundleDir?: string;
}

export interface IndexOutcome {
	pages: number;
	/** True when no indexed page changed and the previous index was unpacked. */
	reused: boolean;
	/** Pagefind's errors; the bundle is incomplete when there are any. */
	errors: string[];
	seconds: number;
	/** Each paper's search sort values by id (search-sorts.ts), read while Pagefind worked. */
	sortValues: Map<string, SortValues>;
	/**
	 * Pagefind's page ids by URL (search-sorts.ts), read here from the bundle's fragments
	 * with the same reading that keeps the index, not again on Astro's thread after the build.
	 */
	pageIds: Map<string, string>;
	/**
	 * When the cached index could be patched instead of built (pagefind-patch-run.ts): how many
	 * changed pages were put into it, or why it was built in full. Absent when neither was tried.
	 */
	patch?: { pages: number } | { refused: string };
}

/**
 * The whole job: the pages' documents, then the cached index when they are unchanged, the
 * cached index patched when a few changed (pagefind-patch-run.ts), else a new one. When the
 * documents' inputs changed since the last build and there is no index to patch, the index
 * is very likely needed, so documents go to Pagefind as they are made instead of after all
 * of them; that also starts once too many pages turn out changed to patch. If they turn out
 * unchanged after all, it is dropped.
 */
export async function buildSearchBundle(job: IndexJob, onTerms?: (terms: TermsAhead) => void, onExtras?: (extras: SearchExtrasInputs) => void): Promise<IndexOutcome> {
	const started = performance.now();
	const seconds = () => (performance.now() - started) / 1000;
	const source = openSearchPages(job);
	// The typo dictionary's script, for its route (search-terms-ahead.ts); made at most once, and a
	// failure here only leaves the route to make it.
	let termsOffered = !onTerms;
	const offerTerms = () => {
		if (termsOffered) return;
		termsOffered = true;
		try {
			onTerms!(makeTermsAhead(source.records.papers, source.records.digests));
		} catch {
			// The route counts the words itself.
		}
	};
	rmSync(job.stagingDir, { recursive: true, force: true });
	const digest = createPagesDigest(PAGEFIND_CONFIG, job.versions);
	const inputsChanged = savedInputsDigest(job.indexCacheDir) !== source.inputsDigest;
	const cached = inputsChanged ? cachedDocuments(job.indexCacheDir) : null;
	let session: IndexSession | null = null;
	const held: SearchPage[] = [];
	const changed: SearchPage[] = [];
	const digests = new Map<string, string>();
	// Documents of unchanged pages are taken from the last build: only Pagefind's own work is done again for them.
	const documents = openSearchPageCache(job.indexCacheDir, documentCodeDigest(job.versions));
	try {
		for (const page of source.pages(documents)) {
			digest.add(page);
			const documentHash = documentDigest(page.html);
			digests.set(page.url, documentHash);
			if (cached && cached.documents.get(page.url) !== documentHash) changed.push(page);
			if (session) await session.add(page);
			else held.push(page);
			if (!session && inputsChanged && (!cached || !cached.documents.has(page.url) || changed.length > MAX_PATCHED_PAGES)) {
				session = await openIndex();
				for (const earlier of held) await session.add(earlier);
			}
		}
	} catch (error) {
		await session?.abandon();
		throw error;
	}
	const pagesDigest = digest.digest();
	if (reuseIndex(job.indexCacheDir, pagesDigest, job.stagingDir, job.publishedBundleDir)) {
		await session?.abandon();
		documents.save();
		saveInputsDigest(job.indexCacheDir, source.inputsDigest);
		offerTerms();
		return { pages: source.count, reused: true, errors: [], seconds: seconds(), sortValues: source.sortValues, pageIds: readPageIds(job.stagingDir) };
	}
	// The search page's sort values come from the records already read (search-page-sources.ts);
	// the kept documents are saved while Pagefind writes, not after it, and so is the typo
	// dictionary made, a new index's too: Astro renders its route among the last, after the
	// paper pages, so the script is there by then and the route, on the build's critical path,
	// does not count every word itself.
	const { sortValues } = source;
	let saved = false;
	const meanwhile = () => {
		documents.save();
		saved = true;
		offerTerms();
	};
	let patch: IndexOutcome['patch'];
	let patched: { files: Map<string, Buffer>; pageIds: Map<string, string> } | undefined;
	let indexed: { pages: number; errors: string[] } | undefined;
	if (!session) {
		// With the inputs unchanged, the cached digests were not read while the documents were made.
		const base = cached ?? cachedDocuments(job.indexCacheDir);
		const plan = planPatch(base, digests, cached ? changed : held.filter((page) => base?.documents.get(page.url) !== digests.get(page.url)));
		const outcome: PatchOutcome = 'pages' in plan && base ? await patchSearchBundle(plan.pages, base, job.indexCacheDir, job.stagingDir, (pages, outputPath) => indexPages(pages, outputPath, meanwhile), job.publishedBundleDir) : { refused: 'refused' in plan ? plan.refused : 'no cached index to patch' };
		patch = 'files' in outcome ? { pages: outcome.pages } : { refused: outcome.refused };
		if ('files' in outcome) {
			indexed = { pages: source.count, errors: [] };
			patched = outcome;
		}
	}
	indexed ??= session ? await session.write(job.stagingDir, meanwhile) : await indexPages(held, job.stagingDir, meanwhile);
	if (indexed.errors.length) return { pages: indexed.pages, reused: false, errors: indexed.errors, seconds: seconds(), sortValues, pageIds: new Map() };
	if (!saved) meanwhile();
	// Zopfli works on threads of its own while this one reads the bundle and the page ids (from the
	// fragments, which recompressing leaves alone) and hands them over (`onExtras`), so that the
	// search extras are written meanwhile too. A recompressed file is rewritten only when this
	// thread awaits the recompression, never in the middle of reading the folder.
	const recompressing = recompressSearchBundle(job.stagingDir, recompressCache(job));
	recompressing.catch(() => {}); // awaited below; unobserved if reading the bundle throws first
	const bundle = patched ? patched.files : readFolder(job.stagingDir);
	const pageIds = patched ? patched.pageIds : pageIdsOfBundle(bundle, job.stagingDir);
	onExtras?.({ sortValues, pageIds });
	await recompressing;
	// Only the recompressed files are read back into the bundle kept for the next build.
	withFiles(bundle, job.stagingDir, filesToRecompress(job.stagingDir));
	saveIndex(job.indexCacheDir, pagesDigest, job.stagingDir, bundle, { documents: digests, pageIds });
	saveInputsDigest(job.indexCacheDir, source.inputsDigest);
	return { pages: indexed.pages, reused: false, errors: [], seconds: seconds(), sortValues, pageIds, patch };
}

/**
 * What the search extras (search-extras.ts) are made from, known once Pagefind has written a new
 * or patched bundle and before it is recompressed: `buildSearchBundle` hands them over then.
 */
export interface SearchExtrasInputs {
	sortValues: Map<string, SortValues>;
	pageIds: Map<string, string>;
}

/** Where Zopfli's results are kept for `job` (pagefind-recompress.ts). */
function recompressCache(job: IndexJob): RecompressCache {
	return { dir: join(job.indexCacheDir, RECOMPRESSED_DIR), salt: job.versions };
}

/**
 * A page with the language every site page declares (`<html lang="en">`, BaseLayout.astro): a
 * one-page index of it holds the WebAssembly the site's own index will.
 */
const WASM_PROBE_PAGE = { url: '/', content: '<html lang="en"><body><main>paperfold</main></body></html>' };

/**
 * When the Zopfli cache is empty (a first build, a CI build without restored caches), gets the
 * WebAssembly Pagefind will write, from a one-page index, and puts its Zopfli result in the cache
 * (`recompressWasmAhead`). Run by the worker while Astro syncs the content, before any other use
 * of Pagefind: the compression is then off the end of the build, where everything waits for the
 * bundle. A failure only leaves the compression to `recompressSearchBundle`, as before; a
 * language other than the probe's is compressed there too.
 */
export async function recompressWasmEarly(job: IndexJob): Promise<void> {
	const cache = recompressCache(job);
	if (!recompressCacheEmpty(cache)) return;
	let files: { path: string; content: Uint8Array }[] = [];
	try {
		const { index } = await pagefindApi.createIndex(PAGEFIND_CONFIG);
		if (index) {
			await index.addHTMLFile(WASM_PROBE_PAGE);
			files = (await index.getFiles()).files;
		}
	} catch {
		files = [];
	} finally {
		// Pagefind's process is not kept: the site's index starts its own, and no build leaves one behind.
		await closePagefind();
	}
	try {
		await recompressWasmAhead(files, cache);
	} catch {
		// Compressed after the index is written instead.
	}
}

/** `files` with the files `names` of folder `dir` read from it again. */
function withFiles(files: Map<string, Buffer>, dir: string, names: string[]): Map<string, Buffer> {
	for (const name of names) files.set(name, readFileSync(join(dir, name)));
	return files;
}

/** Indexing on a worker thread: started early, begun when the pages' records are in place. */
export interface IndexingRun {
	/** Starts indexing (the worker has loaded its code meanwhile). */
	begin(): void;
	/** The outcome; from this call on, the worker keeps the process alive until it is done. */
	result(): Promise<IndexOutcome>;
	/**
	 * The search extras' inputs, as soon as a new or patched bundle is written (before the worker
	 * recompresses and keeps it); null when the outcome comes without them (an index reused,
	 * errors), or rejected with it.
	 */
	extras(): Promise<SearchExtrasInputs | null>;
}

/**
 * Starts a worker thread that loads the indexing code and then waits; `begin()` has it run
 * `buildSearchBundle(job)`. The worker is started before the content sync, so loading its
 * modules is not on the path the build waits for. Until `result()` is called the worker does
 * not keep the process alive: a build that fails first exits as it would have.
 */
export function startIndexing(job: IndexJob): IndexingRun {
	// A path, not `new URL('./…', import.meta.url)`, which Vite would rewrite as an asset.
	const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'pagefind-indexer.ts'), { workerData: { pagefindIndexJob: job } });
	worker.unref();
	let resolveExtras: (extras: SearchExtrasInputs | null) => void = () => {};
	const early = new Promise<SearchExtrasInputs | null>((resolve) => (resolveExtras = resolve));
	const outcome = new Promise<IndexOutcome>((resolve, reject) => {
		worker.on('message', (message: { outcome?: IndexOutcome; error?: string; terms?: TermsAhead; extras?: SearchExtrasInputs }) => {
			// The typo dictionary's script comes first, while Pagefind writes, then the extras'
			// inputs; the outcome ends the job.
			if (message.terms) offerTermsAhead(message.terms);
			else if (message.extras) resolveExtras(message.extras);
			else if (message.outcome) resolve(message.outcome);
			else reject(new Error(`Search indexing failed: ${message.error}`));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The search indexing worker stopped (exit code ${code}) before it finished.`)));
	});
	outcome.catch(() => {}); // seen by `result()`; unobserved until then
	// Extras that did not come before the outcome are not coming.
	const extras = Promise.race([early, outcome.then(() => null)]);
	extras.catch(() => {});
	let begun = false;
	const begin = () => {
		if (!begun) worker.postMessage({ begin: true });
		begun = true;
	};
	return {
		begin,
		result: () => {
			begin();
			worker.ref();
			return outcome;
		},
		extras: () => {
			begin();
			worker.ref();
			return extras;
		},
	};
}

if (!isMainThread && parentPort && (workerData as { pagefindIndexJob?: IndexJob } | null)?.pagefindIndexJob) {
	const port = parentPort;
	const job = (workerData as { pagefindIndexJob: IndexJob }).pagefindIndexJob;
	// Started as the worker loads, while Astro syncs the content; the index waits for it, as both use Pagefind's process.
	const wasmAhead = recompressWasmEarly(job).catch(() => {});
	port.once('message', () => {
		wasmAhead
			.then(() =>
				buildSearchBundle(
					job,
					(terms) => port.postMessage({ terms }),
					(extras) => port.postMessage({ extras }),
				),
			)
			.then(
			(outcome) => port.postMessage({ outcome }),
			(error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
		);
	});
}
