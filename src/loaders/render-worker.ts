/**
 * A worker thread of `render-pool.ts`: renders page bodies with `renderPaperBody` and
 * posts the HTML back. Runs in plain Node (not through Vite), so it imports by path.
 */
import { parentPort } from 'node:worker_threads';
import { renderPaperBody, type RenderBodyOptions } from './render-paper-body.ts';

/** One job: a page body to render. */
export interface RenderJob {
	job: number;
	body: string;
	options: RenderBodyOptions;
}

parentPort?.on('message', ({ job, body, options }: RenderJob) => {
	try {
		parentPort!.postMessage({ job, result: renderPaperBody(body, options) });
	} catch (error) {
		parentPort!.postMessage({ job, error: (error as Error).message });
	}
});
