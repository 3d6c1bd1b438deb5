/**
 * Renders page files on worker threads (a Tinypool pool running `renderPaperFile`), so a
 * full build uses every core for the one CPU-heavy step of loading papers (parsing YAML and
 * MDX) while the main thread reads files, validates frontmatter and fills Astro's store. The
 * first pages render on the main thread; workers start only once a build turns out to render
 * many (a full build, not an incremental one or `astro dev`), since starting them costs more
 * than a few pages.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { renderPaperFile, type PaperFileJob } from './render-paper-file.ts';

type Frontmatter = Record<string, unknown>;

/** Pages rendered on the main thread before workers start. */
const PAGES_BEFORE_WORKERS = 100;

/**
 * Renders page files (`renderPaperFile`), resolving to their frontmatter. `close()` ends its
 * workers (once, however often it is called) and rejects the pages still queued for them.
 */
export interface RenderPool {
	render(job: PaperFileJob): Promise<Frontmatter>;
	close(): Promise<void>;
}

/** A pool: the main thread for the first pages, then worker threads when there are two cores or more. */
export function createRenderPool(options: { pagesBeforeWorkers?: number } = {}): RenderPool {
	const { pagesBeforeWorkers = PAGES_BEFORE_WORKERS } = options;
	const size = Math.min(availableParallelism(), 4);
	const enabled = size >= 2 && process.env.PAPERFOLD_RENDER_WORKERS !== '0';
	let rendered = 0;
	let pool: Tinypool | undefined;
	// A worker that dies outside any task (its module failed to load) fails every later page.
	let broken: unknown;
	let closing: Promise<void> | undefined;
	return {
		render(job) {
			if (!enabled || ++rendered <= pagesBeforeWorkers) return Promise.resolve().then(() => renderPaperFile(job));
			if (broken !== undefined) return Promise.reject(broken);
			pool ??= new Tinypool({
				// A path, not `new URL('./…', import.meta.url)`: Vite rewrites that pattern as an asset.
				// The workers run plain Node, not Vite, so that module imports by path.
				filename: join(dirname(fileURLToPath(import.meta.url)), 'render-paper-file.ts'),
				name: 'renderPaperFile',
				minThreads: size,
				maxThreads: size,
				concurrentTasksPerWorker: 2,
			}).on('error', (error: unknown) => (broken ??= error));
			return pool.run(job) as Promise<Frontmatter>;
		},
		close: () => (closing ??= pool?.destroy() ?? Promise.resolve()),
	};
}
