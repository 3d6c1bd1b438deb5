/**
 * Registers the service worker (public/sw.js: offline after one visit) under the base path
 * once the page has loaded, so it never competes with the page. The worker keeps the page
 * itself when it activates. From `file://` there is no origin to install it for: refused,
 * and nothing else happens.
 */
export function registerServiceWorkerOnLoad(base: string): void {
	addEventListener('load', () =>
		navigator.serviceWorker
			?.register(`${base}sw.js`, { scope: base })
			// No worker (private mode, storage full): the site still works online.
			.catch(() => {}),
	);
}
