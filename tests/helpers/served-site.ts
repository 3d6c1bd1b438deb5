/**
 * The usual set-up of a browser test: `dist/` served under its base path and one headless
 * Chromium, started before the file's tests and stopped after them.
 */
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';

/**
 * Registers `beforeAll`/`afterAll` hooks; read `.server` and `.browser` inside tests. `launch`
 * goes to Chromium (`allowFileAccessFromFiles: false` makes `file://` pages as strict as a
 * reader's browser, for tests that compare the offline search with the served one).
 */
export function useServedSite(dist: string, base: string, launch: Parameters<typeof launchBrowser>[0] = {}): { server: StaticServer; browser: Browser } {
	const context = {} as { server: StaticServer; browser: Browser };
	beforeAll(async () => {
		context.server = await serveDist(dist, base);
		context.browser = await launchBrowser(launch);
	});
	afterAll(async () => {
		await context.browser?.close();
		await context.server?.close();
	});
	return context;
}

/**
 * The search page's two addresses, for `describe.each`: served over HTTP (Pagefind) and opened
 * from `file://` (the offline data). Functions, since the server starts in `beforeAll`.
 */
export function searchPageOrigins(dist: string, served: { server: StaticServer }): Record<'HTTP' | 'file://', () => string> {
	return {
		HTTP: () => `${served.server.url}search/`,
		'file://': () => pathToFileURL(join(dist, 'search/index.html')).href,
	};
}
