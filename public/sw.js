/*
 * paperfold's service worker: after one visit the site reads and searches with no network.
 * Registered by `page.js`, which every page loads (src/client/page/main.ts),
 * under the base path, once the page has loaded, so its scope is the whole site.
 *
 * - On install it caches the home page, the search page, the offline notice, the search
 *   client with its typo dictionary, the library client and Pagefind's index (the list is
 *   written at build time to search-precache.json), then the library's citation fields
 *   (`library-data.js`), so a reader can export offline without having exported online.
 *   The abstracts come from the offline search data (`search-data.js`, most of the export
 *   data's bytes), listed only for small collections; on larger ones it is cached when a
 *   reader first exports.
 * - Old index caches are deleted when a new build's worker activates.
 * - Pages, styles and scripts: stale-while-revalidate (answer from the cache at once,
 *   refresh it in the background); pages and Pagefind's entry file are matched without
 *   their query string, so `search/?q=…` opens offline too; a page never read opens the
 *   offline notice (`offline/`) under its own address.
 * - Pagefind's hashed files (index, filters, fragments, wasm): cache-first.
 * - The pages open when it activates, with the styles, icon and script files they link or
 *   load at once, were fetched before it controlled them: they are cached then. Pages may also post `{type: 'paperfold:cache',
 *   urls}` with URLs to keep.
 */
// Pages, styles and scripts survive new deployments (refreshed as they are read); the search
// index gets a cache per build: the build writes its hash here, which also changes this
// file's bytes, so browsers install the new worker and drop the old index.
const PAGES = 'paperfold-pages';
const INDEX = 'paperfold-index-dev';
const scope = new URL(self.registration.scope);

const inScope = (url) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const isPagefindHashed = (url) =>
	url.pathname.startsWith(`${scope.pathname}pagefind/`) && !/\/pagefind(-entry\.json|\.js)$/.test(url.pathname);

async function precache() {
	const pages = await caches.open(PAGES);
	const index = await caches.open(INDEX);
	const core = ['', 'search/', 'offline/', 'page.js', 'search-ui.js', 'search-page.js', 'search-offline.js', 'search-terms.js', 'library.js'];
	let listed = [];
	try {
		const response = await fetch(new URL('search-precache.json', scope), { cache: 'no-cache' });
		if (response.ok) listed = await response.json();
	} catch {
		// Offline during install: the runtime caching below still keeps what is visited.
	}
	const add = (cache, path) => cache.add(new URL(path, scope)).catch(() => undefined);
	await Promise.all([
		...core.map((path) => add(pages, path)),
		...listed.map((path) => add(isPagefindHashed(new URL(path, scope)) ? index : pages, path)),
	]);
	// After the pages and the index, which reading and searching need first.
	await add(pages, 'library-data.js');
}

self.addEventListener('install', (event) => {
	event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('paperfold-index-') && k !== INDEX).map((k) => caches.delete(k))))
			.then(() => self.clients.claim())
			.then(keepOpenPages),
	);
});

/**
 * The pages open when this worker activates were fetched before it controlled them: keep
 * each, with the styles and icon it links, so the first page read opens offline too.
 */
async function keepOpenPages() {
	const cache = await caches.open(PAGES);
	const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const keep = (url) => cache.match(url, { ignoreSearch: true }).then((hit) => hit || cache.add(url)).catch(() => undefined);
	await Promise.all(
		pages.map(async ({ url }) => {
			const response = await fetch(url).catch(() => null);
			if (!response?.ok || !inScope(new URL(url))) return;
			await cache.put(stripSearch(url), response.clone());
			const html = await response.text();
			// Links (styles, icon) and script files (`page.js`), relative to the page or based; their
			// values unquoted where they need no quotes (pages are written compacted: src/lib/compact-html.ts).
			const links = [...html.matchAll(/<(?:link\b[^>]*\bhref|script\b[^>]*\bsrc)=(?:"([^"]+)"|([^\s"'>]+))/g)].map((m) => new URL((m[1] ?? m[2]).replaceAll('&amp;', '&'), url));
			await Promise.all(links.filter(inScope).map(keep));
		}),
	);
}

self.addEventListener('message', (event) => {
	const data = event.data;
	if (!data || data.type !== 'paperfold:cache' || !Array.isArray(data.urls)) return;
	const urls = data.urls.map((u) => new URL(u)).filter(inScope);
	event.waitUntil(
		caches.open(PAGES).then((cache) =>
			Promise.all(urls.map((url) => cache.match(url, { ignoreSearch: true }).then((hit) => hit || cache.add(url).catch(() => undefined)))),
		),
	);
});

async function cacheFirst(request) {
	const cache = await caches.open(INDEX);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

async function staleWhileRevalidate(event, ignoreSearch) {
	const { request } = event;
	const cache = await caches.open(PAGES);
	const hit = await cache.match(request, { ignoreSearch });
	const refresh = fetch(request).then(async (response) => {
		if (response.ok) await cache.put(ignoreSearch ? stripSearch(request.url) : request, response.clone());
		return response;
	});
	if (hit) {
		event.waitUntil(refresh.catch(() => undefined));
		return hit;
	}
	try {
		return await refresh;
	} catch (error) {
		if (request.mode === 'navigate') {
			const fallback = (await cache.match(new URL('offline/', scope))) ?? (await cache.match(scope));
			if (fallback) return fallback;
		}
		throw error;
	}
}

function stripSearch(href) {
	const url = new URL(href);
	url.search = '';
	url.hash = '';
	return url.href;
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (!inScope(url)) return;
	if (isPagefindHashed(url)) {
		event.respondWith(cacheFirst(request));
	} else {
		// Pages are cached without their query (search/?q=…); Pagefind adds `?ts=…` to its entry file.
		const ignoreSearch = request.mode === 'navigate' || url.pathname.startsWith(`${scope.pathname}pagefind/`);
		event.respondWith(staleWhileRevalidate(event, ignoreSearch));
	}
});
