/**
 * The generator's worker-thread task (`parallel.ts` runs it through Tinypool): annotates
 * paper texts or renders pages, one batch per task, prepares the collection, once, or renders
 * page bodies ahead (`bodies-ahead.ts`). Same
 * pure functions as the main thread. Each stage is imported when first asked for: a worker
 * that only renders never loads wink-nlp's model.
 */
import { deserialize } from 'node:v8';
import type { Lexicons } from '../annotate/lexicons.ts';
import type { WorkerJob } from './worker-job.ts';
import { mapPaperBatch, mapPapers } from './paper-stage.ts';

/** The lexicons of the last annotate batch: their serialised bytes, and those read back once. */
let lexicons: { bytes: Uint8Array; parsed: Lexicons } | undefined;

/** Runs one job; a failing paper rejects the task with an error that names it. */
export default async function runJob(job: WorkerJob): Promise<unknown> {
	if (job.task === 'annotate') {
		const { annotatePaper, annotatePaperBatch } = await import('../annotate/annotate-paper.ts');
		// Read back once: the rules keep their compiled lexicon patterns per lexicons object.
		if (!lexicons || Buffer.compare(lexicons.bytes, job.lexicons) !== 0) lexicons = { bytes: job.lexicons, parsed: deserialize(job.lexicons) as Lexicons };
		const parsed = lexicons.parsed;
		const annotated = mapPaperBatch('annotation', job.items, (papers) => annotatePaperBatch(papers, parsed), (paper) => annotatePaper(paper, parsed));
		if ('keepFrom' in job) {
			const { keepBodyFields } = await import('./kept-fields.ts');
			keepBodyFields(job.keepFrom, job.items, annotated.map((a) => a.text));
		}
		return annotated;
	}
	if (job.task === 'prepare') {
		const { prepareCollection } = await import('../annotate/annotate-collection.ts');
		const { raws, taxonomy: _taxonomy, ...parts } = prepareCollection(job.raws, job);
		if (job.related) (await import('./related-on-worker.ts')).serveRelated(job.related, raws, parts.text);
		return parts;
	}
	if (job.task === 'related') {
		(await import('./related-on-worker.ts')).relatedWaiting();
		return null;
	}
	if (job.task === 'bodies') {
		const [{ renderPaperBody }, { renderClaimedBodies }, { relatedWaiting }] = await Promise.all([
			import('../render/paper-mdx.ts'),
			import('./bodies-ahead.ts'),
			import('./related-on-worker.ts'),
		]);
		// The related search, if it is this worker's and was asked for, goes before the next batch of bodies.
		return renderClaimedBodies(job, renderPaperBody, relatedWaiting);
	}
	const { renderPaperMdx } = await import('../render/paper-mdx.ts');
	return mapPapers('rendering', job.items, (paper) => renderPaperMdx(paper));
}
