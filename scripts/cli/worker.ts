/**
 * A worker thread of the generator: annotates paper texts or renders pages for a chunk,
 * so both cores work on a large collection. Same pure functions as the main thread.
 * Each task imports only its own stage: a rendering worker need not load wink-nlp's model.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerJob } from './parallel.ts';

const job = workerData as WorkerJob;
if (job.task === 'annotate') {
	const { annotateText } = await import('../annotate/annotate-text.ts');
	const { parseLexicons } = await import('../annotate/lexicons.ts');
	const lexicons = parseLexicons(job.lexiconFiles);
	parentPort!.postMessage(job.items.map((paper) => annotateText(paper, lexicons)));
} else {
	const { renderPaperMdx } = await import('../render/paper-mdx.ts');
	parentPort!.postMessage(job.items.map((paper) => renderPaperMdx(paper)));
}
