/**
 * A worker thread of the generator: annotates paper texts or renders pages, one batch per
 * message, so both cores work on a large collection. Same pure functions as the main thread.
 * Each stage is imported when first asked for: a worker that only renders never loads
 * wink-nlp's model.
 */
import { parentPort } from 'node:worker_threads';
import type { Lexicons } from '../annotate/lexicons.ts';
import type { WorkerJob } from './parallel.ts';

let lexicons: { key: string; parsed: Lexicons } | undefined;

async function run(job: WorkerJob): Promise<unknown[]> {
	if (job.task === 'annotate') {
		const { annotateText } = await import('../annotate/annotate-text.ts');
		const key = JSON.stringify(job.lexiconFiles);
		if (lexicons?.key !== key) {
			const { parseLexicons } = await import('../annotate/lexicons.ts');
			lexicons = { key, parsed: parseLexicons(job.lexiconFiles) };
		}
		const parsed = lexicons.parsed;
		return job.items.map((paper) => annotateText(paper, parsed));
	}
	const { renderPaperMdx } = await import('../render/paper-mdx.ts');
	return job.items.map((paper) => renderPaperMdx(paper));
}

// The main thread sends the next batch only after this one's answer: one job at a time.
parentPort!.on('message', (job: WorkerJob) => {
	void run(job).then((result) => parentPort!.postMessage(result));
});
