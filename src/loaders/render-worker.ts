/**
 * A worker thread of `render-pool.ts`: renders page files with `renderPaperFile` and posts
 * their frontmatter back. Runs in plain Node (not through Vite), so it imports by path.
 */
import { parentPort } from 'node:worker_threads';
import { renderPaperFile, type PaperFileJob } from './render-paper-file.ts';

/** One job: a page file to render. */
export interface RenderJob {
	job: number;
	task: PaperFileJob;
}

parentPort?.on('message', ({ job, task }: RenderJob) => {
	try {
		parentPort!.postMessage({ job, result: renderPaperFile(task) });
	} catch (error) {
		parentPort!.postMessage({ job, error: (error as Error).message });
	}
});
