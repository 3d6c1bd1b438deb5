/**
 * The usual set-up of a browser test: `dist/` served under its base path and one headless
 * Chromium, started before the file's tests and stopped after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';

/** Registers `beforeAll`/`afterAll` hooks; read `.server` and `.browser` inside tests. */
export function useServedSite(dist: string, base: string): { server: StaticServer; browser: Browser } {
	const context = {} as { server: StaticServer; browser: Browser };
	beforeAll(async () => {
		context.server = await serveDist(dist, base);
		context.browser = await launchBrowser();
	});
	afterAll(async () => {
		await context.browser?.close();
		await context.server?.close();
	});
	return context;
}
