/**
 * What the generator's thread sends a worker (`worker.ts`, through `worker-pool.ts`): one batch of
 * a stage, the collection to prepare, or page bodies to render ahead. Apart from the code that
 * sends jobs (`parallel.ts`), which the pool's module would otherwise import back.
 */
import type { DocumentWords } from '../annotate/collection/text-feature-table.ts';
import type { Taxonomy } from '../annotate/taxonomy.ts';
import type { RawPaper } from '../ingest/types.ts';
import type { Paper, SourceRef } from '../../src/shared/paper-schema.ts';
import type { BodiesJob } from './bodies-ahead.ts';
import type { RelatedWorkerEnd } from './related-on-worker.ts';

/** A paper's text as annotation needs it, with its source records to name it by in errors. */
export type TextItem = { title: string; abstract: string; sources: readonly SourceRef[] };

/** A `TextItem` with the rest of the paper's body fields, for a worker that keeps them (`kept-fields.ts`). */
export type KeptItem = TextItem & Pick<Paper, 'abstractSections' | 'links'>;

/**
 * One task for a worker: a batch of one stage's items, the collection to prepare, or page bodies
 * to render ahead. An annotate batch carries the lexicons as parsed, in V8's serialisation
 * (`node:v8`'s `serialize`), the same bytes for every batch of a run.
 */
export type WorkerJob =
	| { task: 'annotate'; lexicons: Uint8Array; items: TextItem[] }
	/** As above, keeping each paper's body fields as the paper at `keepFrom` + its place in `items`. */
	| { task: 'annotate'; lexicons: Uint8Array; items: KeptItem[]; keepFrom: number }
	| { task: 'render'; items: Paper[] }
	/** With `related`, the worker keeps the papers and text features for the related search it then serves (`related-on-worker.ts`). */
	| ({ task: 'prepare'; related?: RelatedWorkerEnd } & CollectionInput)
	/** Wakes a worker to take the related search it holds, if asked for (`related-on-worker.ts`). */
	| { task: 'related' }
	| BodiesJob;

/** What `prepareCollection` reads: the papers, the taxonomy, and the taxonomy topics and content words already known (by paper). */
export interface CollectionInput {
	raws: readonly RawPaper[];
	taxonomy: Taxonomy | null;
	taxonomyTopics?: readonly (readonly string[] | undefined)[];
	words?: readonly (DocumentWords | undefined)[];
}
