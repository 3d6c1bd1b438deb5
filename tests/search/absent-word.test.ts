/**
 * A word no paper holds finds nothing, in Chromium over HTTP (Pagefind) and from `file://`
 * (the offline data): Pagefind alone answers it with every paper holding a shorter word that
 * starts it ("the" for "thermodynamics"), which the search client drops. A real word, and
 * the start of one typed so far, still find papers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchPageOrigins, useServedSite } from '../helpers/served-site.ts';
import { site } from '../helpers/seed-site.ts';

/** No paper of the seed listing says it; "the" starts it. */
const ABSENT = 'thermodynamics';

const served = useServedSite(site.dist, site.base, { allowFileAccessFromFiles: false });
const origins = searchPageOrigins(site.dist, served);

/** The search page's status line and result count for `q`, once the search has run. */
async function searchFor(page: Page, searchUrl: string, q: string): Promise<{ status: string; shown: number }> {
	await page.goto(`${searchUrl}?q=${encodeURIComponent(q)}`);
	const status = page.locator('[data-search-status]', { hasText: new RegExp(`“${q}”`) });
	await status.waitFor();
	return { status: await status.innerText(), shown: await page.locator('[data-search-results] > li').count() };
}

describe('Pagefind itself', () => {
	it(`answers "${ABSENT}" with papers that hold only a shorter word (what the client must drop)`, async () => {
		const page = await served.browser.newPage();
		await page.goto(served.server.url);
		// A string, so the test runner does not rewrite the page's `import()`.
		const found = await page.evaluate(`(async () => {
			const pagefind = await import('${served.server.url}pagefind/pagefind.js');
			await pagefind.init();
			return (await pagefind.search(${JSON.stringify(ABSENT)})).results.length;
		})()`);
		expect(found).toBeGreaterThan(0);
		await page.close();
	});
});

describe.each(Object.entries(origins))('the search page over %s', (_name, searchUrl) => {
	it(`shows no paper for "${ABSENT}", and says so`, async () => {
		const page = await served.browser.newPage();
		const { status, shown } = await searchFor(page, searchUrl(), ABSENT);
		expect(status).toBe(`No paper matches “${ABSENT}”.`);
		expect(shown).toBe(0);
		await page.close();
	});

	it('still finds papers for a real word and for the start of one', async () => {
		const page = await served.browser.newPage();
		for (const q of ['reinforcement', 'reinforcem', 'preferences']) {
			const { status, shown } = await searchFor(page, searchUrl(), q);
			expect(status, q).toMatch(new RegExp(`^\\d+ papers? for “${q}”$`));
			expect(shown, q).toBeGreaterThan(0);
		}
		await page.close();
	});
});

describe('the header search box', () => {
	it(`says no paper matches "${ABSENT}"`, async () => {
		const page = await served.browser.newPage();
		await page.goto(served.server.url);
		await page.locator('#site-search').fill(ABSENT);
		const all = page.locator('[data-search-box-results] .search-box__all');
		await all.waitFor();
		expect(await all.innerText()).toBe('No paper matches. Open the search page');
		expect(await page.locator('[data-search-box-results] li').count()).toBe(0);
		await page.close();
	});
});
