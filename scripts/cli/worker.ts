/**
 * A worker thread of the generator: annotates paper texts or renders pages for a chunk,
 * so both cores work on a large collection. Same pure functions as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { annotateText } from '../annotate/annotate-text.ts';
import { parseLexicons } from '../annotate/lexicons.ts';
import { renderPaperMdx } from '../render/paper-mdx.ts';
import type { WorkerJob } from './parallel.ts';

const job = workerData as WorkerJob;
if (job.task === 'annotate') {
	const lexicons = parseLexicons(job.lexiconFiles);
	parentPort!.postMessage(job.items.map((paper) => annotateText(paper, lexicons)));
} else {
	parentPort!.postMessage(job.items.map((paper) => renderPaperMdx(paper)));
}
