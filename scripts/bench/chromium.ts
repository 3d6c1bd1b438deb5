/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its own
 * browser here), for the benchmark's transfer measurement and the browser tests. The
 * flags keep it from calling any host on this closed network.
 */
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium; close it when done. Pages opened from `file://` may read
 * other local files unless `allowFileAccessFromFiles` is false (a reader's browser does
 * not allow it; tests of the `file://` site turn it off).
 */
export function launchBrowser(options: { allowFileAccessFromFiles?: boolean } = {}): Promise<Browser> {
	const { allowFileAccessFromFiles = true } = options;
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--headless',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...(allowFileAccessFromFiles ? ['--allow-file-access-from-files'] : []),
		],
	});
}
