/**
 * Reads built pages as syntax trees, so tests assert on real HTML structure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export { select, selectAll, toText };

/** Parses `dist/<path>/index.html` (path like `papers/foo/`). */
export function readPage(dist: string, path: string): Root {
	const file = path.endsWith('.html') ? path : join(path, 'index.html');
	return fromHtml(readFileSync(join(dist, file), 'utf8'));
}

/** Every `.html` file below `dir`, as paths relative to it. */
export function listHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
}
