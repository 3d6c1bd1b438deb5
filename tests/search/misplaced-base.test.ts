/**
 * A site published at another path than the base path it was built for (built with no
 * `BASE_PATH`, published at `/REPO/`): its relative links work, and search, which loads its
 * files under the base path, says why it cannot, and what to build instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { site } from '../helpers/seed-site.ts';

const ELSEWHERE = '/elsewhere/';
const web = useServedSite(site.dist, ELSEWHERE);
let page: Page;

describe('search on a site served away from its base path', () => {
	beforeAll(async () => {
		page = await web.browser.newPage();
		await page.goto(web.server.url);
	});
	afterAll(() => page.close());

	it('names the base path the site was built for, where it is served, and the BASE_PATH to build with', async () => {
		expect(site.base).not.toBe(ELSEWHERE);
		await page.locator('#site-search').fill('Reptile');
		const message = page.locator('[data-search-box-results]', { hasText: 'Search is unavailable' });
		await message.waitFor();
		expect(await message.innerText()).toContain(
			`built for the base path ${site.base} and is served at ${ELSEWHERE}: build it with BASE_PATH=${ELSEWHERE}`,
		);
	});
});
