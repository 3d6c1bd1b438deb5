/**
 * Records the annotate stage hands out: a paper's text annotations, as worker threads and
 * the content-hash cache pass them on.
 */
import type { Paper } from '../../src/shared/paper-schema.ts';
import type { TextField } from './text-rules.ts';

/** Annotations that come from one paper's own text (no knowledge of the collection). */
export type TextAnnotations = Pick<Paper, TextField>;
