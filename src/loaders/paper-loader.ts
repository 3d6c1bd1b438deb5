/**
 * An Astro content loader for the generated paper pages (`content/papers/*.mdx`).
 *
 * Astro's `glob()` loader turns every `.mdx` file into its own bundled JavaScript module;
 * at 10,000 papers that dominates `astro build` (minutes and gigabytes). Generated pages
 * use only plain MDX (see `render-paper-body.ts`), so this loader renders each body to
 * HTML once on worker threads and keeps it in the body store beside Astro's cache
 * (`paper-bodies.ts`; pages read it with `readPaperBody(cacheDir, entry.digest, entry.id)`),
 * and keeps each validated record in the record store (`paper-records.ts`, read by the
 * collection), not in the data store, which Vite bundles whole as one module: Astro's store
 * holds each page's id and digest only. A content digest per entry means an
 * unchanged file is neither parsed, validated nor rendered again on the next build; it
 * covers the loader's own code and package versions too (`digestSources`), so a change to
 * either renders every page again.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestSources } from '../shared/build/source-files.ts';
import { paperSchema } from '../shared/paper-schema.ts';
import { validateRecord } from '../shared/validate-record.ts';
import { PageFileStamps } from './page-file-stamps.ts';
import { digestsIn } from './digest-files.ts';
import { paperBodiesDir, paperBodyPath, prunePaperBodies } from './paper-bodies.ts';
import { paperRecordPath, paperRecordsDir, prunePaperRecords, writePaperRecord } from './paper-records.ts';
import { createRenderPool, type RenderPool } from './render-pool.ts';

/** Pages in flight at once: enough to keep the render workers busy, few enough to stay lean. */
const CONCURRENCY = 64;

export interface PaperLoaderOptions {
	/** Folder of the generated pages, relative to the project root. */
	base: string;
}

/** The page's id: its file name without `.mdx` (the writer names files `<data.id>.mdx`). */
const idOf = (name: string) => name.slice(0, -'.mdx'.length);

/** Loads `<base>/*.mdx` (not `_*` files) as paper entries with pre-rendered HTML. */
export function paperLoader(options: PaperLoaderOptions): Loader {
	return {
		name: 'paperfold-paper-loader',
		load: async (context) => {
			const { config, store, logger } = context;
			const rootDir = fileURLToPath(config.root);
			const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), config.root));
			const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).sort();
			if (!names.length) logger.warn(`No paper pages (*.mdx) in ${relative(rootDir, dir) || '.'}`);

			const renderer = rendererVersion(rootDir);
			const stamps = PageFileStamps.read(config.cacheDir, `${renderer}\0${config.base}`);
			const stale = new Set(store.keys());
			// Two folder listings instead of two `existsSync` a page: nothing removes these files while
			// the pages sync (pruning comes after), and a file written meanwhile is a changed page's.
			const [bodies, records] = await Promise.all([digestsIn(paperBodiesDir(config.cacheDir)), digestsIn(paperRecordsDir(config.cacheDir))]);
			const filesKept: FilesKept = (digest) => bodies.has(digest) && records.has(digest);
			let rendered = 0;
			let read = 0;
			const queue = [...names];
			const pool = createRenderPool();
			// The first failure stops taking pages and ends the workers at once (a worker that could
			// not start would otherwise leave its pages pending for ever); then it is thrown.
			let failure: { error: unknown } | undefined;
			const lane = async () => {
				for (let name = queue.shift(); name !== undefined && !failure; name = queue.shift()) {
					stale.delete(idOf(name));
					try {
						const synced = await syncPage(context, join(dir, name), rootDir, renderer, pool, stamps, filesKept);
						if (synced !== 'kept') read++;
						if (synced === 'rendered') rendered++;
					} catch (error) {
						if (failure) continue;
						failure = { error };
						void pool.close();
					}
				}
			};
			try {
				await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, lane));
			} finally {
				await pool.close();
			}
			if (failure) throw failure.error;
			stamps.write(config.cacheDir);
			for (const id of stale) store.delete(id);
			const digests = new Set(store.values().flatMap((entry) => (entry.digest ? [String(entry.digest)] : [])));
			prunePaperBodies(config.cacheDir, digests);
			prunePaperRecords(config.cacheDir, digests);
			logger.info(`${names.length} paper pages: ${read} read, ${rendered} rendered, ${names.length - rendered} unchanged.`);

			// `astro dev`: re-sync a page when the generator rewrites it.
			context.watcher?.add(dir);
			context.watcher?.on('all', async (event, path) => {
				if (!path.startsWith(dir) || !path.endsWith('.mdx') || path.slice(dir.length).startsWith('_')) return;
				if (event === 'unlink') store.delete(idOf(path.slice(dir.length).replace(/^[\\/]/, '')));
				else if (event === 'add' || event === 'change') await syncPage(context, path, rootDir, renderer, createRenderPool(), stamps, filesOnDisk(config.cacheDir));
			});
		},
	};
}

/**
 * Digest of the loader's code (its folder, less tests, and what that imports) and of the
 * package versions locked in the project at `rootDir`: part of every page's digest.
 */
export function rendererVersion(rootDir: string, loaderDir = dirname(fileURLToPath(import.meta.url))): string {
	return digestSources(rootDir, [relative(rootDir, loaderDir)], { skip: (path) => path.endsWith('.test.ts') });
}

/** Whether the body and the record of the page with content digest `digest` are kept. */
type FilesKept = (digest: string) => boolean;

/** `FilesKept` asking the file system each time (`astro dev`'s later syncs, after the folders' listing). */
const filesOnDisk =
	(cacheDir: URL): FilesKept =>
	(digest) =>
		existsSync(paperBodyPath(cacheDir, digest)) && existsSync(paperRecordPath(cacheDir, digest));

/**
 * Reads, validates and renders one page unless its digest and body are unchanged: `rendered`,
 * else `read`, or `kept` for a page file whose stamp is the one it had when last read (`stamps`),
 * not read again. A failure is thrown again naming the page and its file.
 */
async function syncPage(context: LoaderContext, file: string, rootDir: string, renderer: string, pool: RenderPool, stamps: PageFileStamps, filesKept: FilesKept): Promise<'kept' | 'read' | 'rendered'> {
	const { store, generateDigest, config } = context;
	const filePath = relative(rootDir, file).split('\\').join('/');
	const id = idOf(file.slice(file.lastIndexOf('/') + 1));
	try {
		const readAtNs = BigInt(Date.now()) * 1_000_000n;
		// Synchronous: through `fs/promises` the stat of every page cost several times the kernel's own work.
		const stats = statSync(file, { bigint: true });
		const kept = stamps.digestIfUnchanged(filePath, stats);
		if (kept !== undefined && isKept(context, id, kept, filesKept)) {
			stamps.record(filePath, stats, kept, readAtNs);
			return 'kept';
		}
		const contents = await readFile(file, 'utf8');
		const digest = String(generateDigest(`${renderer}\0${config.base}\0${contents}`));
		stamps.record(filePath, stats, digest, readAtNs);
		if (isKept(context, id, digest, filesKept)) return 'read';

		const bodyPath = paperBodyPath(config.cacheDir, digest);
		const frontmatter = await pool.render({ contents, file: filePath, base: config.base, bodyPath });
		writePaperRecord(paperRecordPath(config.cacheDir, digest), validateRecord(paperSchema(), frontmatter, 'its frontmatter', 'the paper schema'));
		store.set({ id, data: { id }, filePath, digest });
		return 'rendered';
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(`Paper page "${id}" (${filePath}) could not be loaded: ${message}`, { cause: error });
	}
}

/** True when the store holds page `id` with `digest`, and its body and record are still kept. */
function isKept({ store }: LoaderContext, id: string, digest: string, filesKept: FilesKept): boolean {
	return store.get(id)?.digest === digest && filesKept(digest);
}
