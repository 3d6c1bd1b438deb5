/**
 * The Paper record of one paper, put together from what the stages made of it: the source's
 * fields (`RawPaper`), the text annotations, and the collection's slug, topics and related
 * papers. The parts are spread into one object; this puts its keys in schema order.
 */
import { PaperSchema, type Paper } from '../../../src/shared/paper-schema.ts';

/** The record's fields in schema order, the order a page's frontmatter lists them. */
let schemaFields: (keyof Paper)[] | undefined;

/**
 * `parts` with exactly the schema's fields, in schema order, so the same paper always gives
 * the same bytes whatever order its parts came in; fields the schema lacks (a parser's own)
 * are left out. The type makes a field no stage fills a compile error.
 *
 * @example
 * paperRecord({ ...raw, ...textAnnotations, id: 'icpl', topics, related })
 */
export function paperRecord(parts: Paper): Paper {
	schemaFields ??= Object.keys(PaperSchema().shape) as (keyof Paper)[];
	return Object.fromEntries(schemaFields.map((field) => [field, parts[field]])) as Paper;
}
