/**
 * Takes the pages whose key is unchanged from the published site (src/shared/build/published-pages.ts).
 * The page routes leave those pages out of `getStaticPaths()` and hand them to the linker this
 * integration sets going at the build's start, which hard-links their files from the published
 * site into the new one while Astro renders (a copy where the file system cannot link,
 * src/shared/build/page-linker.ts); at the end of the build it waits for the linker, records
 * Astro's entries for those pages in its incremental manifest as if Astro had restored them,
 * and writes the manifest of the new site for the next build.
 *
 * Astro's manifest is set aside while Astro builds on that path: given only the changed
 * pages, Astro would otherwise prune the cached copies of all the others and forget them, and
 * a build with the published site gone (a fresh CI checkout with the cache restored) would
 * render everything again.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASTRO_MANIFEST, ASTRO_MANIFEST_ASIDE } from '../shared/build/incremental-cache.ts';
import { createPageLinker } from '../shared/build/page-linker.ts';
import {
	identityOf,
	nextManifestFile,
	pageLinker,
	previousSite,
	PUBLISHED_DIST_ENV,
	reusedPages,
	siteSalt,
	type PublishedPagesManifest,
	type ReusedPage,
} from '../shared/build/published-pages.ts';

/** The part of Astro's incremental manifest read here: per route, per pathname, the page's key and file. */
interface AstroManifest {
	routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}

const readJson = <T>(file: string): T | null => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null);

/**
 * Puts each reused page's file from `dist` into `outDir`: new names for the same, unchanged
 * files. Most are linked already, by the linker set going at the build's start as the routes
 * found them; this waits for those and links any it was not given.
 */
async function linkReusedPages(pages: ReusedPage[], dist: string, outDir: string): Promise<void> {
	const started = pageLinker();
	const linker = started && resolve(started.to) === resolve(outDir) ? started : createPageLinker(dist, outDir);
	for (const { page } of pages) linker.add(page.file);
	await linker.done();
}

/**
 * Astro's manifest for the next build: the pages it rendered now (`rendered`), and for each
 * reused page its entry from the manifest set aside. Pages in neither are gone; their cached
 * copies are removed.
 */
function mergeAstroManifest(cacheDir: string, rendered: AstroManifest, aside: AstroManifest, reused: ReusedPage[]): AstroManifest {
	const routes: AstroManifest['routes'] = {};
	for (const [route, entry] of Object.entries(rendered.routes)) routes[route] = { dependencyHash: entry.dependencyHash, paths: { ...entry.paths } };
	for (const { route, page } of reused) {
		const previous = aside.routes[route]?.paths[page.pathname];
		if (!previous) continue;
		routes[route] ??= { dependencyHash: aside.routes[route]!.dependencyHash, paths: {} };
		routes[route].paths[page.pathname] = previous;
	}
	for (const [route, entry] of Object.entries(aside.routes)) {
		for (const [pathname, { outputFile }] of Object.entries(entry.paths)) {
			if (!routes[route]?.paths[pathname]) rmSync(join(cacheDir, 'dist', outputFile), { force: true });
		}
	}
	return { ...rendered, routes };
}

/** The manifest of the site in `outDir`: every keyed page Astro made or this build reused. */
function publishedManifest(outDir: string, salt: string, made: AstroManifest, reused: ReusedPage[]): PublishedPagesManifest {
	const folder = statSync(outDir);
	const manifest: PublishedPagesManifest = { salt, folder: { dev: folder.dev, ino: folder.ino }, routes: {} };
	const add = (route: string, cacheKey: string, pathname: string, file: string) => {
		const identity = identityOf(join(outDir, file));
		if (identity) (manifest.routes[route] ??= {})[cacheKey] = { pathname, file, ...identity };
	};
	for (const [route, { paths }] of Object.entries(made.routes)) {
		for (const [pathname, { cacheKey, outputFile }] of Object.entries(paths)) add(route, cacheKey, pathname, outputFile);
	}
	for (const { route, cacheKey, page } of reused) add(route, cacheKey, page.pathname, page.file);
	return manifest;
}

/** The Astro integration; list it before the others that run at the end of the build. */
export function publishedPages(): AstroIntegration {
	let cacheDir = '';
	let outDir = '';
	let salt = '';
	let previous: ReturnType<typeof previousSite> = null;
	return {
		name: 'paperfold:published-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				outDir = fileURLToPath(config.outDir);
				salt = siteSalt(fileURLToPath(config.root));
			},
			'astro:build:start': () => {
				previous = previousSite(cacheDir, salt);
				if (previous && existsSync(join(cacheDir, ASTRO_MANIFEST))) renameSync(join(cacheDir, ASTRO_MANIFEST), join(cacheDir, ASTRO_MANIFEST_ASIDE));
				// Reused pages are linked while Astro renders the others. The routes hand them over from
				// `getStaticPaths()`, after Vite's build has emptied the output folder, and Astro writes
				// only the paths it is given, so no link is written into or removed.
				if (previous) pageLinker(createPageLinker(previous.dist, outDir));
			},
			'astro:build:done': async ({ dir }) => {
				if (!process.env[PUBLISHED_DIST_ENV]) return;
				const outDir = fileURLToPath(dir);
				// Deduplicated by route and key, should a route's paths have been asked for twice.
				const reused = previous ? [...new Map(reusedPages().map((page) => [`${page.route}\0${page.cacheKey}`, page])).values()] : [];
				if (previous) await linkReusedPages(reused, previous.dist, outDir);
				const made = readJson<AstroManifest>(join(cacheDir, ASTRO_MANIFEST)) ?? { routes: {} };
				const aside = readJson<AstroManifest>(join(cacheDir, ASTRO_MANIFEST_ASIDE));
				if (aside) {
					writeFileSync(join(cacheDir, ASTRO_MANIFEST), JSON.stringify(mergeAstroManifest(cacheDir, made, aside, reused)));
					rmSync(join(cacheDir, ASTRO_MANIFEST_ASIDE));
				}
				writeFileSync(nextManifestFile(cacheDir), JSON.stringify(publishedManifest(outDir, salt, made, reused)));
			},
		},
	};
}
