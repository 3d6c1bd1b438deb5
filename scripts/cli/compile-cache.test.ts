import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ASTRO_COMPILE_CACHE_DIR, astroCompileCache } from './compile-cache.ts';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project whose Astro compile cache holds `count` entries. */
function projectWithEntries(count: number): string {
	const root = mkdtempSync(join(tmpdir(), 'paperfold-compile-cache-'));
	roots.push(root);
	const folder = join(root, ASTRO_COMPILE_CACHE_DIR, 'v24-x64');
	mkdirSync(folder, { recursive: true });
	for (let i = 0; i < count; i++) writeFileSync(join(folder, `entry${i}`), '');
	return root;
}

describe('astroCompileCache', () => {
	it('keeps a cache within the limit', () => {
		const root = projectWithEntries(3);
		expect(astroCompileCache(root, 3)).toBe(join(root, ASTRO_COMPILE_CACHE_DIR));
		expect(existsSync(join(root, ASTRO_COMPILE_CACHE_DIR, 'v24-x64', 'entry2'))).toBe(true);
	});

	it('empties a cache grown past the limit, so it cannot grow a few entries every build for ever', () => {
		const root = projectWithEntries(4);
		astroCompileCache(root, 3);
		expect(existsSync(join(root, ASTRO_COMPILE_CACHE_DIR))).toBe(false);
	});

	it('names the folder when there is no cache yet', () => {
		const root = projectWithEntries(0);
		rmSync(join(root, ASTRO_COMPILE_CACHE_DIR), { recursive: true });
		expect(astroCompileCache(root)).toBe(join(root, ASTRO_COMPILE_CACHE_DIR));
	});
});
