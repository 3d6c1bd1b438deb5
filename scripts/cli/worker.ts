/**
 * A worker thread of the generator: annotates paper texts or renders pages, one batch per
 * message (or prepares the collection, once), so both cores work on a large collection. Same pure functions as the main thread.
 * Each stage is imported when first asked for: a worker that only renders never loads
 * wink-nlp's model.
 */
import { parentPort } from 'node:worker_threads';
import type { Lexicons } from '../annotate/lexicons.ts';
import type { WorkerJob } from './parallel.ts';

let lexicons: { key: string; parsed: Lexicons } | undefined;

async function run(job: WorkerJob): Promise<unknown> {
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
	if (job.task === 'prepare') {
		const { prepareCollection } = await import('../annotate/annotate-collection.ts');
		const { raws: _raws, taxonomy: _taxonomy, ...parts } = prepareCollection(job.raws, { taxonomy: job.taxonomy });
		return parts;
	}
	const { renderPaperMdx } = await import('../render/paper-mdx.ts');
	return job.items.map((paper) => renderPaperMdx(paper));
}

// Jobs run strictly one after another and are answered in the order they came: the main
// thread matches answers to batches by that order. A failed job rejects the chain unhandled,
// which ends the worker with its error.
let done: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: WorkerJob) => {
	done = done.then(() => run(job)).then((result) => parentPort!.postMessage(result));
});
