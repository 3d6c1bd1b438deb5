/**
 * What a built site weighs: `dist/` bytes by kind of file, per paper (issue 12's "≤ 12 kB
 * per paper, everything included"), and the page budget of a paper page (report.ts's
 * `PAGE_BUDGET`: gzip with its CSS and script file, inline script). Pure: `run.ts` reads the files.
 */
import { posix } from 'node:path';

/** The kinds `dist/` is split into, in the order the report lists them. */
export const DIST_KINDS = ['paper pages', 'topic/entity pages', 'listings', 'pagefind', 'papers.json', 'file:// data', 'assets'] as const;
export type DistKind = (typeof DIST_KINDS)[number];

/** Files the site reads only from `file://` (search and citation data as classic scripts). */
const FILE_DATA = new Set(['search-data.js', 'library-data.js']);

/**
 * The kind of a file by its path inside `dist/` (`/`-separated):
 * `papers/x/index.html` → paper pages, `entities/model/gpt-4/claims.csv` → topic/entity pages,
 * `entities/model/index.html` and `timeline/index.html` → listings, `katex/fonts/a.woff2` → assets.
 */
export function distKind(path: string): DistKind {
	const parts = path.split('/');
	if (parts[0] === 'papers' && parts.length === 3 && parts[2] === 'index.html') return 'paper pages';
	// topics/<id>/…, entities/<type>/<id>/…; topics/ and entities/<type>/ list them.
	if (parts[0] === 'topics' || parts[0] === 'entities') return parts.length > (parts[0] === 'topics' ? 2 : 3) ? 'topic/entity pages' : 'listings';
	if (parts[0] === 'pagefind') return 'pagefind';
	// A large collection publishes it gzipped (src/lib/collection-file.ts).
	if (path === 'papers.json' || path === 'papers.json.gz') return 'papers.json';
	if (FILE_DATA.has(path)) return 'file:// data';
	if (path.endsWith('.html')) return 'listings';
	return 'assets';
}

/** `dist/` bytes: the total and each kind, all also per paper. */
export interface DistWeight {
	totalBytes: number;
	bytesPerPaper: number;
	byKind: { kind: DistKind; bytes: number; bytesPerPaper: number }[];
}

/** Adds up `files` (path inside `dist/`, size in bytes) by kind, per paper of `papers`. */
export function distWeight(files: { path: string; bytes: number }[], papers: number): DistWeight {
	const sums = new Map<DistKind, number>(DIST_KINDS.map((kind) => [kind, 0]));
	for (const file of files) sums.set(distKind(file.path), sums.get(distKind(file.path))! + file.bytes);
	const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
	return {
		totalBytes,
		bytesPerPaper: totalBytes / papers,
		byKind: DIST_KINDS.map((kind) => ({ kind, bytes: sums.get(kind)!, bytesPerPaper: sums.get(kind)! / papers })),
	};
}

/** UTF-8 bytes of the inline `<script>` elements of a page (those without `src`). */
export function inlineScriptBytes(html: string): number {
	let bytes = 0;
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (!/\ssrc=/i.test(` ${match[1]}`)) bytes += Buffer.byteLength(match[2]!);
	}
	return bytes;
}

/**
 * The stylesheets for the screen and the script files a page links in its HTML, as paths
 * inside `dist/`: based (`/paperfold/_astro/a.css` with base `/paperfold/`) or relative to
 * the page (`../../_astro/a.css` from `papers/x/index.html`). Other hosts are left out, and
 * so are print stylesheets (`media="print"`), which a browser fetches last, without holding
 * back the page.
 */
export function linkedFiles(html: string, pagePath: string, base: string): string[] {
	// Values quoted or not: pages are written compacted (src/lib/compact-html.ts).
	const hrefs = [...html.matchAll(/<(?:link\b[^>]*\brel="?stylesheet"?[^>]*\bhref|script\b[^>]*\bsrc)=(?:"([^"]+)"|([^\s"'>]+))[^>]*>/g)]
		.filter((m) => !/\bmedia="?print\b/.test(m[0]))
		.map((m) => (m[1] ?? m[2])!);
	const files = hrefs
		.filter((href) => !/^[a-z]+:|^\/\//i.test(href))
		.map((href) => (href.startsWith('/') ? href.slice(href.startsWith(base) ? base.length : 1) : posix.join(posix.dirname(pagePath), href)));
	return [...new Set(files)];
}
