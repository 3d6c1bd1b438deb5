/**
 * The render pool's worker thread (render-pool.ts): renders each page file it is sent
 * (`renderPaperFile`) and answers with the job's number, and the error if it failed.
 */
import { parentPort } from 'node:worker_threads';
import { renderPaperFile, type PaperFileJob } from './render-paper-file.ts';

/** A page file to render, numbered by the pool. */
export interface RenderRequest {
	id: number;
	job: PaperFileJob;
}

/** A page file rendered (`error` absent) or failed. */
export interface RenderAnswer {
	id: number;
	error?: unknown;
}

parentPort?.on('message', ({ id, job }: RenderRequest) => {
	let answer: RenderAnswer;
	try {
		renderPaperFile(job);
		answer = { id };
	} catch (error) {
		answer = { id, error };
	}
	parentPort!.postMessage(answer);
});
