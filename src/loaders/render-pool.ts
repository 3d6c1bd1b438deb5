/**
 * Renders page files on worker threads, so a full build uses every core for the one
 * CPU-heavy step of loading papers (parsing YAML and MDX) while the main thread reads
 * files, validates frontmatter and fills Astro's store. The first pages render on the main
 * thread; workers start only once a build turns out to render many (a full build, not an
 * incremental one or `astro dev`), since starting them costs more than a few pages.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderPaperFile, type PaperFileJob } from './render-paper-file.ts';

type Frontmatter = Record<string, unknown>;

/** Pages rendered on the main thread before workers start. */
const PAGES_BEFORE_WORKERS = 100;

/** Renders page files (`renderPaperFile`), resolving to their frontmatter; `close()` ends its workers. */
export interface RenderPool {
	render(job: PaperFileJob): Promise<Frontmatter>;
	close(): Promise<void>;
}

/** A pool: the main thread for the first pages, then worker threads when there are two cores or more. */
export function createRenderPool(): RenderPool {
	const size = Math.min(availableParallelism(), 4);
	const enabled = size >= 2 && process.env.PAPERFOLD_RENDER_WORKERS !== '0';
	let rendered = 0;
	let threads: RenderPool | undefined;
	return {
		render(job) {
			if (!enabled || ++rendered <= PAGES_BEFORE_WORKERS) return Promise.resolve().then(() => renderPaperFile(job));
			threads ??= startWorkers(size);
			return threads.render(job);
		},
		close: async () => threads?.close(),
	};
}

function startWorkers(size: number): RenderPool {
	// A path, not `new URL('./…', import.meta.url)`: Vite rewrites that pattern as an asset.
	const script = join(dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');
	const pending = new Map<number, { resolve: (r: Frontmatter) => void; reject: (e: Error) => void }>();
	const load = new Map<Worker, number>();
	let nextJob = 0;
	const workers = Array.from({ length: size }, () => {
		const worker = new Worker(script);
		load.set(worker, 0);
		worker.on('message', ({ job, result, error }: { job: number; result?: Frontmatter; error?: string }) => {
			load.set(worker, load.get(worker)! - 1);
			const task = pending.get(job)!;
			pending.delete(job);
			if (error !== undefined) task.reject(new Error(error));
			else task.resolve(result!);
		});
		worker.on('error', (error: Error) => {
			for (const task of pending.values()) task.reject(error);
			pending.clear();
		});
		return worker;
	});
	return {
		render(task) {
			const job = nextJob++;
			// The least busy worker takes the job.
			const worker = workers.reduce((best, w) => (load.get(w)! < load.get(best)! ? w : best));
			load.set(worker, load.get(worker)! + 1);
			return new Promise((resolve, reject) => {
				pending.set(job, { resolve, reject });
				worker.postMessage({ job, task });
			});
		},
		async close() {
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
