/**
 * What a clean build of the bundled listing prints (the build of tests/global-setup.ts, in a
 * fresh copy with no generated pages and no notes): the generator's summary and one line for
 * the site, no warning and no per-route listing.
 */
import { describe, expect, inject, it } from 'vitest';

const site = inject('site');
const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('a clean build of the bundled listing', () => {
	it('prints no warning, on stdout or stderr', () => {
		const warnings = [...lines(site.stdout), ...lines(site.stderr)].filter((line) => /warn/i.test(line));
		expect(warnings).toEqual([]);
	});

	it('says what it did in a few lines', () => {
		const printed = [...lines(site.stdout), ...lines(site.stderr)];
		expect(printed.length, printed.join('\n')).toBeLessThanOrEqual(10);
	});

	it('ends with the pages it built and the pages it indexed', () => {
		expect(lines(site.stdout).at(-1)).toMatch(/^site: \d+ pages in \d+\.\d s( \(\d+ files rendered, \d+ reused\))? · search: 48 pages indexed$/);
	});
});
