/**
 * Pages taken from the published site instead of rendered. Each build that is published
 * (scripts/cli/site-build.ts) leaves in the cache a manifest of its keyed pages: by route and
 * `cacheKey`, the page's path, output file and that file's identity (size, mtime, inode),
 * with the site salt and the identity of the folder it became. The next build, if the salt
 * and the folder are the same, gives Astro only the pages whose key is new
 * (`pagesToRender`, in each `getStaticPaths()`) and hard-links every other page's file from
 * the published site into its own as it finds them, while Astro renders (`page-linker.ts`,
 * set going by src/integrations/published-pages.ts). Astro never writes
 * a path it was not given, so no published file is ever written in place.
 *
 * Anything unexpected takes the full path (Astro renders or restores every page): no
 * manifest (first build, or the last one failed or was killed), a changed salt (config,
 * site URL, base path, locked packages), or a published folder that is not the one the
 * manifest describes. A single file that differs from the manifest is rendered again.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { hash } from 'node:crypto';
import { join } from 'node:path';
import type { PageLinker } from './page-linker.ts';

/** Set by the site build to the published folder the new site will replace. */
export const PUBLISHED_DIST_ENV = 'PAPERFOLD_PUBLISHED_DIST';

/** The manifest of the published site, of the build under way, and of the one before it. */
const CURRENT = 'published-pages.json';
const NEXT = 'published-pages.next.json';
const PREVIOUS = 'published-pages.previous.json';

/** A file's identity: an edit or a replacement changes at least one of these. */
export interface FileIdentity {
	size: number;
	mtimeMs: number;
	ino: number;
}

/** One keyed page of a published build. */
export interface PublishedPage extends FileIdentity {
	/** Astro's pathname, e.g. `/papers/x/`. */
	pathname: string;
	/** The output file, relative to the site folder. */
	file: string;
}

export interface PublishedPagesManifest {
	salt: string;
	/** The site folder's own identity (a renamed folder keeps it). */
	folder: { dev: number; ino: number };
	/** Route component → cacheKey → page. */
	routes: Record<string, Record<string, PublishedPage>>;
}

/** A page `getStaticPaths()` left out because the published site has it. */
export interface ReusedPage {
	route: string;
	cacheKey: string;
	page: PublishedPage;
}

/** The identity of the file or folder at `path`, or null when there is none. */
export function identityOf(path: string): FileIdentity | null {
	const stats = statSync(path, { throwIfNoEntry: false });
	return stats ? { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino } : null;
}

/**
 * What every page depends on that its key does not hold: the Astro config, the site URL and
 * base path it reads, and the locked packages (Astro included).
 */
export function siteSalt(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');
	return hash('sha256', JSON.stringify([read('astro.config.mjs'), read('package-lock.json'), env.SITE_URL ?? '', env.BASE_PATH ?? '']));
}

/** Site build, before Astro starts: the published site's manifest becomes the previous one. */
export function beginPublishedPages(cacheDir: string): void {
	rmSync(join(cacheDir, PREVIOUS), { force: true });
	rmSync(join(cacheDir, NEXT), { force: true });
	if (existsSync(join(cacheDir, CURRENT))) renameSync(join(cacheDir, CURRENT), join(cacheDir, PREVIOUS));
}

/**
 * Site build, after Astro: once the new site is published, its manifest becomes the current
 * one; a failed build leaves none, so the next build takes the full path.
 */
export function endPublishedPages(cacheDir: string, published: boolean): void {
	if (published && existsSync(join(cacheDir, NEXT))) renameSync(join(cacheDir, NEXT), join(cacheDir, CURRENT));
	rmSync(join(cacheDir, NEXT), { force: true });
	rmSync(join(cacheDir, PREVIOUS), { force: true });
}

/** Writes the manifest of the build under way (the integration, at the end of the build). */
export function nextManifestFile(cacheDir: string): string {
	return join(cacheDir, NEXT);
}

/**
 * The published site whose pages this build may take, or null for the full path: the
 * previous manifest, read when the site build named the published folder and that folder
 * and the salt are the ones the manifest was made with.
 */
export function previousSite(cacheDir: string, salt: string, env: NodeJS.ProcessEnv = process.env): PreviousSite | null {
	const dist = env[PUBLISHED_DIST_ENV];
	const file = join(cacheDir, PREVIOUS);
	if (!dist || !existsSync(file)) return null;
	let manifest: PublishedPagesManifest;
	try {
		manifest = JSON.parse(readFileSync(file, 'utf8')) as PublishedPagesManifest;
	} catch {
		return null;
	}
	const folder = statSync(dist, { throwIfNoEntry: false });
	if (manifest.salt !== salt || !folder?.isDirectory() || folder.dev !== manifest.folder?.dev || folder.ino !== manifest.folder?.ino) return null;
	return { dist, manifest, identities: identitiesAhead(dist) };
}

/** The published site a build may take pages from (`previousSite`). */
export interface PreviousSite {
	dist: string;
	manifest: PublishedPagesManifest;
	/** The identities of its page files taken while Astro waited for the pages (`statPublishedAhead`), by file; null for a missing one. */
	identities?: Map<string, FileIdentity | null>;
}

/** Stats of the published page files, taken ahead; shared by the content config's and the routes' copies of this module. */
const AHEAD = Symbol.for('paperfold.publishedIdentitiesAhead');
type AheadRegistry = { [AHEAD]?: { dist: string; identities: Promise<Map<string, FileIdentity | null>>; taken?: Map<string, FileIdentity | null> } };

/** Files stat'ed between two turns of the event loop. */
const STATS_SLICE = 256;

/**
 * While Astro waits for the generator (src/shared/build/pages-ready.ts), takes the identity of
 * every page file the published site's manifest lists, so `pagesToRender` need not stat them
 * one by one on the thread that renders. Nothing writes into the published folder during a
 * build (the new site is made beside it and swapped in after Astro exits), so an identity
 * taken before the loaders ran is the one a stat would give after them. Reads the manifest
 * under its published name: the site build renames it only when it lets Astro go.
 */
export function statPublishedAhead(cacheDir: string, env: NodeJS.ProcessEnv = process.env): void {
	const dist = env[PUBLISHED_DIST_ENV];
	const registry = globalThis as AheadRegistry;
	if (!dist || registry[AHEAD]) return;
	const identities = (async () => {
		const known = new Map<string, FileIdentity | null>();
		let manifest: PublishedPagesManifest;
		try {
			manifest = JSON.parse(readFileSync(join(cacheDir, CURRENT), 'utf8')) as PublishedPagesManifest;
		} catch {
			return known;
		}
		const files = Object.values(manifest.routes ?? {}).flatMap((pages) => Object.values(pages).map((page) => page.file));
		// Synchronous calls, in slices between turns of the event loop: a `stat` through `fs/promises`
		// costs the process several times the kernel's own work (a promise and a trip to libuv's threads).
		for (let at = 0; at < files.length; at += STATS_SLICE) {
			await nextTurn();
			for (const file of files.slice(at, at + STATS_SLICE)) {
				let stats: Stats | undefined;
				try {
					stats = statSync(join(dist, file), { throwIfNoEntry: false });
				} catch {
					stats = undefined;
				}
				known.set(file, stats ? { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino } : null);
			}
		}
		return known;
	})();
	registry[AHEAD] = { dist, identities };
}

/** The identities taken ahead for `dist`, if their taking has finished; else undefined (each file is stat'ed when needed). */
function identitiesAhead(dist: string): Map<string, FileIdentity | null> | undefined {
	const ahead = (globalThis as AheadRegistry)[AHEAD];
	return ahead?.dist === dist ? ahead.taken : undefined;
}

/** Waits for the identities taken ahead, if any are being taken (call before `previousSite`). */
export async function publishedIdentitiesAhead(): Promise<void> {
	const ahead = (globalThis as AheadRegistry)[AHEAD];
	if (ahead) ahead.taken = await ahead.identities;
}

/** Shared by the page routes and the integration, which Astro loads as separate module copies. */
const REUSED = Symbol.for('paperfold.reusedPages');
const LINKER = Symbol.for('paperfold.pageLinker');
type Registry = { [REUSED]?: ReusedPage[]; [LINKER]?: PageLinker };

/** The pages left out of this build's `getStaticPaths()` so far, for the integration to link. */
export function reusedPages(): ReusedPage[] {
	return ((globalThis as Registry)[REUSED] ??= []);
}

/**
 * The linker the integration set going at the build's start (`page-linker.ts`), which takes
 * each reused page's file as `pagesToRender` finds it; undefined before, or without a previous site.
 */
export function pageLinker(linker?: PageLinker): PageLinker | undefined {
	if (linker) (globalThis as Registry)[LINKER] = linker;
	return (globalThis as Registry)[LINKER];
}

/**
 * The keyed pages of `route` that must be rendered: those the previous site has under the
 * same key, in a file still as the manifest describes it, are left out and listed in
 * `reusedPages()`. Without a previous site, all of them.
 */
export function pagesToRender<P extends { cacheKey: string }>(route: string, paths: P[], previous: PreviousSite | null): P[] {
	if (!previous) return paths;
	const published = previous.manifest.routes[route] ?? {};
	const reused = reusedPages();
	const ahead = previous.identities;
	return paths.filter(({ cacheKey }) => {
		const page = published[cacheKey];
		const now = page && (ahead?.has(page.file) ? ahead.get(page.file) : identityOf(join(previous.dist, page.file)));
		if (!page || !now || now.size !== page.size || now.mtimeMs !== page.mtimeMs || now.ino !== page.ino) return true;
		reused.push({ route, cacheKey, page });
		pageLinker()?.add(page.file);
		return false;
	});
}
