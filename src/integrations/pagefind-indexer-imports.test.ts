import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** What `file` loads before its code runs: its static value imports, project modules followed, packages by name. */
function staticGraph(file: string, graph = { files: new Set<string>(), packages: new Set<string>() }) {
	if (graph.files.has(file)) return graph;
	graph.files.add(file);
	for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
		if (specifier!.startsWith('.')) staticGraph(resolve(dirname(file), specifier!), graph);
		else graph.packages.add(specifier!);
	}
	return graph;
}

describe('the indexing worker', () => {
	it("loads none of Astro's Markdown pipeline: Shiki, Prism, KaTeX and the MDX compiler come with it, and the worker renders no page", () => {
		const { files, packages } = staticGraph(resolve(root, 'src/integrations/pagefind-indexer.ts'));
		expect([...files].map((file) => relative(root, file))).toContain('src/integrations/search-sorts.ts');
		expect([...packages].filter((name) => name === '@astrojs/markdown-remark' || name.startsWith('@mdx-js/'))).toEqual([]);
	});
});
