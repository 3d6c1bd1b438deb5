/**
 * Hands Pagefind each page it indexes while Astro renders the site, instead of reading
 * the written site back afterwards: Astro renders pages on one thread and the Pagefind
 * binary parses them in its own process, so on two cores parsing overlaps rendering and
 * only writing the index is left once the build is done.
 *
 * Pages come from a wrapper around Astro's prerenderer (`setPrerenderer` in
 * `astro:build:start`): it passes every response on to Astro untouched and sends a copy
 * of the indexed ones to Pagefind. Pages Astro did not render (an incremental build
 * reuses unchanged ones) are read from the built site at the end.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { PagefindIndex } from 'pagefind';

/** The prerenderer Astro calls for every page (its type, from the hook that replaces it). */
type SetPrerenderer = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]['setPrerenderer'];
export type Prerenderer = Extract<Parameters<SetPrerenderer>[0], { render: unknown }>;

/** Pages sent to Pagefind and not yet answered; past this, rendering waits, so memory stays flat. */
const IN_FLIGHT = 64;

/**
 * The file a page is written to, relative to the site root, for a site built with
 * `trailingSlash: 'always'` (directory format) under base path `base`.
 *
 * @example outputFileOf('/paperfold/papers/x/', '/paperfold/') // 'papers/x/index.html'
 * @example outputFileOf('/papers.json', '/') // null (not a page folder)
 */
export function outputFileOf(pathname: string, base: string): string | null {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(prefix) || !pathname.endsWith('/')) return null;
	return `${pathname.slice(prefix.length)}index.html`;
}

/** The URL Pagefind records for a page file, as `addDirectory` would: `papers/x/index.html` → `/papers/x/`. */
export function pagefindUrlOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Paper-page files of a built site that match `glob` (one folder level below its first part). */
function filesOnDisk(outDir: string, glob: string): string[] {
	const top = glob.split('/')[0]!;
	if (!existsSync(join(outDir, top))) return [];
	return readdirSync(join(outDir, top))
		.map((name) => `${top}/${name}/index.html`)
		.filter((file) => posix.matchesGlob(file, glob) && existsSync(join(outDir, file)))
		.sort();
}

/** Feeds one Pagefind index with the pages matching `glob` as they are rendered. */
export interface PagefindFeed {
	/** Wraps Astro's prerenderer: the same responses, with a copy of each indexed page sent to Pagefind. */
	wrap(inner: Prerenderer): Prerenderer;
	/**
	 * Adds the matching pages of `outDir` that were not rendered, waits for every answer; the
	 * pages indexed, how many of them came from disk, and the errors.
	 */
	finish(outDir: string): Promise<{ pages: number; fromDisk: number; errors: string[] }>;
}

export function createPagefindFeed(index: PagefindIndex, options: { glob: string; base: string }): PagefindFeed {
	const fed = new Set<string>();
	const inFlight = new Set<Promise<void>>();
	const errors: string[] = [];
	let pages = 0;
	const add = (file: string, content: Promise<string> | string) => {
		fed.add(file);
		const sent: Promise<void> = Promise.resolve(content)
			.then((html) => index.addHTMLFile({ url: pagefindUrlOf(file), content: html }))
			.then(
				(answer) => {
					errors.push(...answer.errors.map((error) => `${file}: ${error}`));
					if (!answer.errors.length) pages++;
				},
				(error: unknown) => void errors.push(`${file}: ${error instanceof Error ? error.message : String(error)}`),
			)
			.finally(() => inFlight.delete(sent));
		inFlight.add(sent);
	};
	return {
		wrap: (inner) => ({
			...inner,
			name: `${inner.name}+pagefind`,
			render: async (request, renderOptions) => {
				const result = await inner.render(request, renderOptions);
				const response = result instanceof Response ? result : result.response;
				const file = outputFileOf(new URL(request.url).pathname, options.base);
				if (file && response.status === 200 && response.body && posix.matchesGlob(file, options.glob)) {
					add(file, response.clone().text());
					while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
				}
				return result;
			},
		}),
		async finish(outDir) {
			const rest = filesOnDisk(outDir, options.glob).filter((file) => !fed.has(file));
			for (const file of rest) add(file, readFileSync(join(outDir, file), 'utf8'));
			while (inFlight.size) await Promise.all(inFlight);
			return { pages, fromDisk: rest.length, errors };
		},
	};
}
