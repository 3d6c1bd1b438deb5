/**
 * Registers the service worker (public/sw.js: offline after one visit) under the base path
 * once the page has loaded and the browser is idle, so it never competes with the page.
 */

/** Registers `base + 'sw.js'` with scope `base`, then hands it the page's own URLs. */
export function registerServiceWorkerWhenIdle(base: string): void {
	const register = () =>
		navigator.serviceWorker
			.register(`${base}sw.js`, { scope: base })
			.then(() => navigator.serviceWorker.ready)
			.then((ready) => ready.active?.postMessage({ type: 'paperfold:cache', urls: pageUrls() }))
			// No worker (private mode, storage full): the site still works online.
			.catch(() => {});
	const idle = () => ('requestIdleCallback' in self ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1));
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}

/** The page and its styles, icon and scripts: fetched before the worker controlled them. */
function pageUrls(): string[] {
	const urls = [location.href.split('#')[0]!];
	for (const e of document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel~="stylesheet"][href], link[rel~="icon"][href], script[src]')) {
		urls.push('href' in e ? e.href : e.src);
	}
	return urls.filter((u) => u.startsWith(location.origin));
}
