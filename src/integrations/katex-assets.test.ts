import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { katexDist, woff2Only } from './katex-assets.ts';

describe('woff2Only', () => {
	const css = woff2Only(readFileSync(join(katexDist(), 'katex.min.css'), 'utf8'));
	const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);

	it('leaves each of KaTeX\'s fonts its WOFF2 source and no other', () => {
		expect(urls.length).toBeGreaterThan(10);
		expect(urls.every((u) => u.endsWith('.woff2'))).toBe(true);
		expect(css.match(/@font-face/g)).toHaveLength(urls.length);
	});

	it('names only fonts the package ships', () => {
		for (const u of urls) expect(existsSync(join(katexDist(), u)), u).toBe(true);
	});
});
