/**
 * The page budget of a built site, read from disk: the heaviest paper page over gzip with the
 * CSS and JS it links (each file gzipped apart, as a server sends them), and the most inline
 * script any paper page carries. Used by `run.ts` after a build and by `dist-weight-cli.ts` on
 * a site already built, so a change to the pages is weighed the same way both times.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScriptBytes, linkedFiles } from './dist-weight.ts';
import type { PageWeight } from './report.ts';

/** The page budget of `dist` (built with base `/`), or null when it has no paper pages. */
export function measurePageWeight(dist: string): PageWeight | null {
	const papersDir = join(dist, 'papers');
	if (!existsSync(papersDir)) return null;
	const gzipped = new Map<string, number>();
	const gzipOf = (path: string) => gzipped.get(path) ?? gzipped.set(path, existsSync(join(dist, path)) ? gzipSync(readFileSync(join(dist, path))).length : 0).get(path)!;
	const pages = readdirSync(papersDir)
		.sort()
		.map((name) => `papers/${name}/index.html`)
		.filter((path) => existsSync(join(dist, path)))
		.map((path) => {
			const html = readFileSync(join(dist, path), 'utf8');
			const gzipBytes = gzipSync(html).length + linkedFiles(html, path, '/').reduce((sum, file) => sum + gzipOf(file), 0);
			const scripts = (html.match(/<script\b/g) ?? []).length;
			const externalScripts = (html.match(/<script\b[^>]*\ssrc=/g) ?? []).length;
			return { path, gzipBytes, scripts, externalScripts, inline: inlineScriptBytes(html) };
		});
	if (!pages.length) return null;
	const heaviest = pages.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
	return {
		page: heaviest.path.replace(/index\.html$/, ''),
		gzipBytes: heaviest.gzipBytes,
		scripts: heaviest.scripts,
		externalScripts: heaviest.externalScripts,
		inlineScriptBytes: pages.reduce((most, p) => Math.max(most, p.inline), 0),
	};
}
