/**
 * Records passed between the annotate stage and the render stage.
 */
import type { Paper } from '../../src/shared/paper-schema.ts';
import type { TextField } from './text-rules.ts';

/** Annotations that come from one paper's own text (no knowledge of the collection). */
export type TextAnnotations = Pick<Paper, TextField>;
