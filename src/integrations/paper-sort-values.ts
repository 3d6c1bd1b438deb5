/**
 * Each paper's search sort values (date, upvotes), read from its generated page's frontmatter
 * as the page loader reads it. Apart from `search-sorts.ts` because reading a frontmatter needs
 * the loader's reader, and with it Astro's Markdown pipeline (Shiki, Prism, KaTeX, the MDX
 * compiler: hundreds of modules), which the indexing worker, importing `search-sorts.ts` for
 * the page ids, never uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../loaders/render-paper-file.ts';

/** What a paper is sorted by. */
export interface SortValues {
	date: string | null;
	upvotes: number | null;
}

/** Each paper's sort values by paper id, from its generated page's frontmatter. */
export function readPaperSortValues(papersDir: string): Map<string, SortValues> {
	const values = new Map<string, SortValues>();
	const names = readdirSync(papersDir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
	for (const name of names) {
		const file = join(papersDir, name);
		const { frontmatter } = readFrontmatter(readFileSync(file, 'utf8'), file);
		values.set(name.slice(0, -'.mdx'.length), {
			date: typeof frontmatter.published === 'string' ? frontmatter.published : null,
			upvotes: typeof frontmatter.upvotes === 'number' ? frontmatter.upvotes : null,
		});
	}
	return values;
}
