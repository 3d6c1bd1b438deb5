/**
 * Renders page files on worker threads (`renderPaperFile` in render-worker.ts), so a
 * full build uses every core for the one CPU-heavy step of loading papers (parsing YAML and
 * MDX, validating and storing) while the main thread reads files and fills Astro's store. The
 * first pages render on the main thread; workers start only once a build turns out to render
 * many (a full build, not an incremental one or `astro dev`), since starting them costs more
 * than a few pages.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderPaperFile, type PaperFileJob } from './render-paper-file.ts';
import type { RenderAnswer, RenderRequest } from './render-worker.ts';

/** Pages rendered on the main thread before workers start. */
const PAGES_BEFORE_WORKERS = 100;

/**
 * Renders page files (`renderPaperFile`), resolving once a page's body and record are stored.
 * `close()` ends its workers (once, however often it is called) and rejects the pages still
 * queued for them.
 */
export interface RenderPool {
	render(job: PaperFileJob): Promise<void>;
	close(): Promise<void>;
}

/** A pool: the main thread for the first pages, then worker threads when there are two cores or more. */
export function createRenderPool(options: { pagesBeforeWorkers?: number } = {}): RenderPool {
	const { pagesBeforeWorkers = PAGES_BEFORE_WORKERS } = options;
	const size = Math.min(availableParallelism(), 4);
	const enabled = size >= 2 && process.env.PAPERFOLD_RENDER_WORKERS !== '0';
	let rendered = 0;
	let workers: RenderWorkers | undefined;
	let closing: Promise<void> | undefined;
	return {
		render(job) {
			if (!enabled || ++rendered <= pagesBeforeWorkers) return Promise.resolve().then(() => renderPaperFile(job));
			workers ??= startWorkers(size);
			return workers.render(job);
		},
		close: () => (closing ??= workers?.close() ?? Promise.resolve()),
	};
}

/** The worker threads of a pool (`startWorkers`). */
interface RenderWorkers {
	render(job: PaperFileJob): Promise<void>;
	close(): Promise<void>;
}

/**
 * `size` plain worker threads (render-worker.ts), each page sent to the one with the fewest in
 * flight. Not a general pool such as Tinypool: it reads a worker's whole memory usage (the
 * resident set from the kernel included) after every task, for recycling this pool never does,
 * and in a full build's profile that reading was a large share of each render worker's time.
 */
function startWorkers(size: number): RenderWorkers {
	// A path, not `new URL('./…', import.meta.url)`: Vite rewrites that pattern as an asset.
	// The workers run plain Node, not Vite, so that module imports by path.
	const file = join(dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');
	const pending = new Map<number, { resolve: () => void; reject: (error: unknown) => void }>();
	const inFlight = new Array<number>(size).fill(0);
	let next = 0;
	// A worker that dies (its module failed to load) fails its pages and every later one.
	let broken: { error: unknown } | undefined;
	const fail = (error: unknown) => {
		broken ??= { error };
		for (const [id, page] of pending) {
			pending.delete(id);
			page.reject(broken.error);
		}
	};
	const threads = Array.from({ length: size }, (_, index) => {
		const worker = new Worker(file);
		worker.on('message', ({ id, error }: RenderAnswer) => {
			const page = pending.get(id);
			if (!page) return;
			pending.delete(id);
			inFlight[index]!--;
			if (error === undefined) page.resolve();
			else page.reject(error);
		});
		worker.on('error', fail);
		worker.on('exit', (code) => {
			if (pending.size) fail(broken?.error ?? new Error(`a render worker exited (code ${code}) with pages in flight`));
		});
		return worker;
	});
	let closed = false;
	return {
		render(job) {
			if (broken) return Promise.reject(broken.error);
			if (closed) return Promise.reject(new Error('the render pool is closed'));
			let index = 0;
			for (let i = 1; i < size; i++) if (inFlight[i]! < inFlight[index]!) index = i;
			inFlight[index]!++;
			const id = next++;
			return new Promise<void>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				threads[index]!.postMessage({ id, job } satisfies RenderRequest);
			});
		},
		async close() {
			closed = true;
			fail(new Error('the render pool was closed with pages in flight'));
			await Promise.all(threads.map((worker) => worker.terminate()));
		},
	};
}
