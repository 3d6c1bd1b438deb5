/**
 * What a reader's browser downloads, measured in headless Chromium against the built site
 * served with gzip (as GitHub Pages serves it): a paper page on first load, then the first
 * search query typed into the header box (which also loads the search client: before the
 * reader turns to search, pages fetch one script file, the shared `page.js`), then each further query. Bytes are
 * Chromium's own count of what crossed the wire (compressed bodies plus headers), the
 * page's and its workers' requests alike. The service worker's background caching after a
 * page load (offline reading) is measured apart, in a second browser context, and so is
 * the typo dictionary (`search-terms.js`), in a third: fetched only by a query that finds
 * little, so it is measured on a first, misspelt query.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { serveDist } from './static-server.ts';

/** Transfer figures of one site. */
export interface SearchTransfer {
	/** The paper page measured, relative to the site root. */
	page: string;
	/** Bytes transferred to load the paper page (HTML, CSS, scripts, fonts, icons). */
	pageLoadBytes: number;
	/** Script files the page requested before any interaction (inline scripts are in its HTML). */
	pageLoadScriptRequests: number;
	firstQuery: QueryTransfer;
	furtherQueries: QueryTransfer[];
	/**
	 * What the service worker fetched in the background after the same page loaded in a fresh
	 * browser (it precaches the search client and index for offline use); null when it did
	 * not register.
	 */
	serviceWorker: BackgroundTransfer | null;
	/** What the typo dictionary adds before search and to a first misspelt query; null when not measured. */
	typoDictionary?: TypoDictionaryTransfer | null;
}

/** The typo dictionary's share of a reader's transfer. */
export interface TypoDictionaryTransfer {
	/** The query that fetched the dictionary: the misspelt one, or one finding nothing when that found enough. */
	query: string;
	/** Bytes of the dictionary fetched while the page loaded, before any search (0 when none). */
	beforeSearchBytes: number;
	/** Bytes of the dictionary the first misspelt query fetched. */
	firstQueryBytes: number;
	/** Everything the queries fetched (search client, index, dictionary). */
	firstQueryTotalBytes: number;
	/** The suggestion shown, or null. */
	suggestion: string | null;
}

/** The misspelt query of the typo-dictionary measurement (the bundled listing's "reinforcement"). */
export const TYPO_QUERY = 'reinfrocement';
const TERMS_PATH = /\/search-terms\.js$/;

/** Background requests: total bytes, count, and whether they went quiet within the time limit. */
export interface BackgroundTransfer {
	bytes: number;
	requests: number;
	settled: boolean;
	/**
	 * Whether the site lists the search index for the worker (`search-precache.json`, written
	 * by the site's Pagefind integration): without it the worker caches only pages it sees.
	 */
	indexListed: boolean;
}

/** What one query fetched: total bytes, requests, and each file (path and bytes). */
export interface QueryTransfer {
	query: string;
	bytes: number;
	requests: number;
	files: { path: string; bytes: number }[];
}

/**
 * Bytes of a finished request's response on the wire: headers and (compressed) body.
 * Chromium reports no body for a web worker's own script (`pagefind-worker.js`, which a
 * reader does download); its length then comes from the response's content-length.
 */
async function wireBytes(request: Request): Promise<number> {
	const sizes = await request.sizes();
	let body = sizes.responseBodySize;
	if (body === 0) body = Number((await request.response())?.headers()['content-length'] ?? 0) || 0;
	return body + sizes.responseHeadersSize;
}

/**
 * Counts bytes and requests on the wire from now on, the page's and its workers' (Pagefind
 * searches in a web worker); `settle()` waits for the network to go quiet.
 */
function networkMeter(page: Page) {
	const inFlight = new Set<Request>();
	let files: { path: string; bytes: number }[] = [];
	let requests = 0;
	let scripts = 0;
	let lastActivity = Date.now();
	page.on('request', (request) => {
		inFlight.add(request);
		requests++;
		if (request.resourceType() === 'script') scripts++;
		lastActivity = Date.now();
	});
	const done = async (request: Request) => {
		let bytes = 0;
		try {
			bytes = await wireBytes(request);
		} catch {
			// A failed request transferred nothing worth counting.
		}
		files.push({ path: new URL(request.url()).pathname, bytes });
		inFlight.delete(request);
		lastActivity = Date.now();
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	return {
		reset() {
			files = [];
			requests = 0;
			scripts = 0;
		},
		read: () => ({
			bytes: files.reduce((sum, f) => sum + f.bytes, 0),
			requests,
			scripts,
			files: [...files].sort((x, y) => y.bytes - x.bytes),
		}),
		/** Waits until nothing is in flight and nothing started for `quietMs` (at least `quietMs` from now: debounced input). */
		async settle(quietMs = 1500, timeoutMs = 30_000) {
			const started = Date.now();
			while (Date.now() - started < timeoutMs) {
				const quietSince = Math.max(lastActivity, started);
				if (inFlight.size === 0 && Date.now() - quietSince >= quietMs) return;
				await new Promise((r) => setTimeout(r, 100));
			}
		},
	};
}

/**
 * Loads `url` in a fresh context with service workers allowed and counts what the worker
 * fetches (Chromium reports its requests on the context) until it goes quiet.
 */
async function measureServiceWorker(browser: Browser, url: string, indexListed: boolean, timeoutMs = 120_000): Promise<BackgroundTransfer | null> {
	const context = await browser.newContext();
	try {
		let bytes = 0;
		let requests = 0;
		let inFlight = 0;
		let lastActivity = Date.now();
		const fromWorker = (request: Request) => request.serviceWorker() !== null || new URL(request.url()).pathname.endsWith('/sw.js');
		context.on('request', (request) => {
			if (!fromWorker(request)) return;
			requests++;
			inFlight++;
			lastActivity = Date.now();
		});
		const done = async (request: Request) => {
			if (!fromWorker(request)) return;
			try {
				bytes += await wireBytes(request);
			} catch {
				// Nothing worth counting.
			}
			inFlight--;
			lastActivity = Date.now();
		};
		context.on('requestfinished', done);
		context.on('requestfailed', done);
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		const registered = await page.evaluate(() =>
			Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]),
		);
		if (!registered) return null;
		const started = Date.now();
		let settled = false;
		while (Date.now() - started < timeoutMs) {
			if (requests > 0 && inFlight === 0 && Date.now() - lastActivity >= 3000) {
				settled = true;
				break;
			}
			await new Promise((r) => setTimeout(r, 200));
		}
		return { bytes, requests, settled, indexListed };
	} finally {
		await context.close();
	}
}

/**
 * A query no index word starts, for when the misspelt query finds enough (Pagefind matches a
 * word it does not know by the longest indexed word starting it) and so fetches no dictionary.
 */
const NOTHING_QUERY = 'жжж';

/**
 * Loads `url` in a fresh context (no service worker) and types the misspelt `query` as a
 * reader's first search; counts the dictionary's bytes before and during that search. When
 * that query finds enough to need no suggestion, a query finding nothing follows, so the
 * dictionary's own bytes are still measured (the search client and index are loaded by then).
 */
async function measureTypoDictionary(browser: Browser, url: string, query: string): Promise<TypoDictionaryTransfer> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const meter = networkMeter(page);
		const dictionaryBytes = (files: { path: string; bytes: number }[]) =>
			files.filter((f) => TERMS_PATH.test(f.path)).reduce((sum, f) => sum + f.bytes, 0);
		await page.goto(url, { waitUntil: 'load' });
		await meter.settle();
		const beforeSearchBytes = dictionaryBytes(meter.read().files);
		meter.reset();
		const box = page.locator('#site-search');
		const link = page.locator('[data-search-box-results] .search-box__suggestion a');
		let suggestion: string | null = null;
		let typed = query;
		for (const attempt of [query, NOTHING_QUERY]) {
			typed = attempt;
			await box.click();
			await box.fill('');
			await box.pressSequentially(attempt, { delay: 30 });
			await page.locator('[data-search-box-results] .search-box__all').waitFor({ timeout: 30_000 }).catch(() => undefined);
			await meter.settle();
			// Read once the box is quiet: a suggestion for a half-typed query may have shown first.
			suggestion = (await link.count()) ? await link.first().innerText() : null;
			if (dictionaryBytes(meter.read().files) > 0) break;
		}
		const { bytes, files } = meter.read();
		return { query: typed, beforeSearchBytes, firstQueryBytes: dictionaryBytes(files), firstQueryTotalBytes: bytes, suggestion };
	} finally {
		await context.close();
	}
}

/**
 * Loads `pagePath` of the site in `dist`, then runs `queries` in the header search box;
 * then measures the service worker's background caching and the typo dictionary (`typoQuery`).
 */
export async function measureSearchTransfer(dist: string, pagePath: string, queries: string[], typoQuery = TYPO_QUERY): Promise<SearchTransfer> {
	const server = await serveDist(dist, '/', { compress: true, maxAgeSeconds: 600 });
	const browser = await launchBrowser({ allowFileAccessFromFiles: false });
	try {
		// The site's service worker would fetch (and cache) search files out of this page's
		// sight; a first-time reader's transfer is what the page itself fetches.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const meter = networkMeter(page);
		await page.goto(`${server.url}${pagePath}`, { waitUntil: 'load' });
		await meter.settle();
		const load = meter.read();
		const runQuery = async (query: string) => {
			meter.reset();
			const box = page.locator('#site-search');
			await box.click();
			await box.fill('');
			await box.pressSequentially(query, { delay: 30 });
			await page.locator('[data-search-box-results] .search-result').first().waitFor({ timeout: 30_000 });
			await meter.settle();
			const { bytes, requests, files } = meter.read();
			return { query, bytes, requests, files };
		};
		const [first, ...rest] = queries;
		const firstQuery = await runQuery(first);
		const furtherQueries = [];
		for (const query of rest) furtherQueries.push(await runQuery(query));
		await context.close();
		const serviceWorker = await measureServiceWorker(browser, `${server.url}${pagePath}`, existsSync(join(dist, 'search-precache.json')));
		const typoDictionary = await measureTypoDictionary(browser, `${server.url}${pagePath}`, typoQuery);
		return { page: pagePath, pageLoadBytes: load.bytes, pageLoadScriptRequests: load.scripts, firstQuery, furtherQueries, serviceWorker, typoDictionary };
	} finally {
		await browser.close();
		await server.close();
	}
}
