/**
 * Registers `sw.js` under the base path (http(s) only) and hands it the current page and
 * its stylesheets and scripts: they were fetched before the worker controlled the page,
 * so without this the first visited page would not be readable offline.
 */

/** Registers the service worker; resolves when the page's own files were handed over. */
export async function registerServiceWorker(base: string): Promise<void> {
	if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	const ready = await navigator.serviceWorker.ready;
	const urls = [
		location.href.split('#')[0]!,
		...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][href], link[rel~="icon"][href]')].map((l) => l.href),
		...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
	].filter((url) => url.startsWith(location.origin));
	(ready.active ?? registration.active)?.postMessage({ type: 'paperfold:cache', urls });
}
