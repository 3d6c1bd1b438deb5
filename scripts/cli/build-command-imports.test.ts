import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The project modules `file` loads before its own code runs: its static value imports, followed. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const source = readFileSync(file, 'utf8');
	for (const [, specifier] of source.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gms)) staticGraph(resolve(dirname(file), specifier!), seen);
	return seen;
}

describe('the build command', () => {
	it('loads none of the generator stages before it starts Astro: they come with generate.ts, imported after', () => {
		const loaded = [...staticGraph(resolve(root, 'scripts/cli/build-command.ts'))].map((file) => relative(root, file));
		expect(loaded).toContain('scripts/cli/site-build.ts');
		expect(loaded.filter((file) => /^scripts\/(annotate|render)\/|^scripts\/cli\/(generate|cached-stages|generation-cache)\.ts$/.test(file))).toEqual([]);
	});
});
