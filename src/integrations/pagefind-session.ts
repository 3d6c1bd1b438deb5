/**
 * Pagefind's own process, driven through its Node API: documents fed in while the next ones
 * are made, the bundle written, and the process closed and reaped. The indexer
 * (pagefind-indexer.ts) decides what to index; this module only talks to Pagefind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as pagefindApi from 'pagefind';
import type { SearchPage } from './search-page-sources.ts';

/**
 * Index settings. Of the generated body only the Abstract section is indexed (the others
 * quote it again and get `data-pagefind-ignore` in the search document, search-page-html.ts);
 * its "Abstract" heading labels every paper alike: indexed, it only crowds search excerpts.
 * The Keyphrases list is left out too: its phrases are verbatim spans of the abstract, so
 * they find no paper the abstract does not, while indexing the commonest words twice grew
 * the index chunks that a first search fetches.
 */
export const PAGEFIND_CONFIG = { excludeSelectors: ['.prose > section > h2', 'section[aria-labelledby="keyphrases"]'] };

/** Documents in flight to Pagefind's process: up to two batches. */
const BATCH = 200;
/** Documents made between two yields to the event loop, which sends them on. */
const YIELD_EVERY = 16;

/** Pagefind's index being filled: documents go in one by one while the next ones are made. */
export interface IndexSession {
	add(page: SearchPage): Promise<void>;
	/**
	 * Waits for every document, writes the bundle to `outputPath` and closes Pagefind; the page
	 * count and every error Pagefind reported. `meanwhile` runs while Pagefind writes.
	 */
	write(outputPath: string, meanwhile?: () => void): Promise<{ pages: number; errors: string[] }>;
	/** Closes Pagefind without writing. */
	abandon(): Promise<void>;
}

/**
 * Starts Pagefind's index. Documents are sent as they are added; every few the thread yields
 * so their bytes reach Pagefind's process, which parses them while the next ones are made,
 * and at most two batches are in flight.
 */
export async function openIndex(): Promise<IndexSession> {
	const errors: string[] = [];
	let count = 0;
	const created = await pagefindApi.createIndex(PAGEFIND_CONFIG).catch(async (error: unknown) => {
		await closePagefind();
		throw error;
	});
	errors.push(...created.errors);
	const index = created.index;
	if (!index) errors.push(...(errors.length ? [] : ['createIndex returned no index']));
	const inflight: Promise<void>[] = [];
	let added = 0;
	return {
		async add(page) {
			if (!index) return;
			inflight.push(
				index.addHTMLFile({ url: page.url, content: page.html }).then((response) => {
					errors.push(...response.errors);
					if (!response.errors.length) count++;
				}),
			);
			if (inflight.length >= 2 * BATCH) await Promise.all(inflight.splice(0, BATCH));
			else if (++added % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
		},
		async write(outputPath, meanwhile) {
			try {
				await Promise.all(inflight.splice(0));
				// Sent before `meanwhile` takes the thread: Pagefind writes in its own process.
				const written = index?.writeFiles({ outputPath });
				written?.catch(() => {}); // awaited below; unobserved if `meanwhile` throws first
				meanwhile?.();
				if (written) errors.push(...(await written).errors);
			} finally {
				await closePagefind();
			}
			return { pages: count, errors };
		},
		async abandon() {
			// Answered first: a document still in flight when Pagefind closes would reject unobserved.
			await Promise.allSettled(inflight.splice(0));
			await closePagefind();
		},
	};
}

/** Indexes `pages` with Pagefind into `outputPath` (running `meanwhile` while it writes); returns the page count and every error Pagefind reported. */
export async function indexPages(pages: Iterable<SearchPage>, outputPath: string, meanwhile?: () => void): Promise<{ pages: number; errors: string[] }> {
	const session = await openIndex();
	try {
		for (const page of pages) await session.add(page);
	} catch (error) {
		await session.abandon();
		throw error;
	}
	return session.write(outputPath, meanwhile);
}

/**
 * Stops Pagefind's service and, on Linux, waits until its process has been reaped: the API
 * only signals it, and a build that exits first would leave its CPU time and memory out of
 * what `/usr/bin/time` (the benchmark) reports for the build.
 */
export async function closePagefind(): Promise<void> {
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

/**
 * This process's child processes that run Pagefind's binary (Linux's /proc; none elsewhere).
 * Only those: Astro's own children (esbuild's service) live until Astro exits, and waiting
 * for them would always take the whole allowance.
 */
function childPids(): number[] {
	try {
		return readdirSync('/proc/self/task')
			.flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number))
			.filter((pid) => isPagefindProcess(pid));
	} catch {
		return [];
	}
}

/** Whether process `pid` runs Pagefind's binary (`pagefind` or `pagefind_extended`, as its service starts it). */
function isPagefindProcess(pid: number): boolean {
	try {
		const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
		return /(^|\/)pagefind(_extended)?$/.test(program);
	} catch {
		return false;
	}
}
