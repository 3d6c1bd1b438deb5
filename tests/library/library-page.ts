/**
 * Helpers of the reader's-library tests: driving the library toolbar and reading the files
 * it downloads.
 */
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';

/** Waits until `library.js` has decorated the page's lists. */
export const libraryReady = (page: Page) => page.locator('html[data-library-ready]').waitFor({ state: 'attached' });

/** Clicks `name` in the library toolbar and returns the downloaded file's name and text. */
export async function downloadFrom(page: Page, name: string | RegExp): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.library-bar').getByRole('button', { name }).click()]);
	return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/** Ticks the select box of the first `n` shown papers; returns their titles. */
export async function selectFirst(page: Page, n: number): Promise<string[]> {
	const items = page.locator('[data-library-id]:visible');
	const titles: string[] = [];
	for (let i = 0; i < n; i++) {
		const item = items.nth(i);
		await item.locator('.library-pick').check();
		titles.push((await item.locator('a').first().innerText()).trim());
	}
	return titles;
}

/** The ids of the shown papers, in page order. */
export const shownIds = (page: Page) =>
	page.locator('[data-library-id]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.libraryId!));
