/**
 * The Paper record of one paper, put together from what the stages made of it: the source's
 * fields (`RawPaper`), the text annotations, and the collection's slug, topics and related
 * papers. The parts are layered into one object; this puts its keys in schema order.
 */
import { PaperSchema, type Paper } from '../../../src/shared/paper-schema.ts';

/** The record's fields in schema order, the order a page's frontmatter lists them. */
let schemaFields: (keyof Paper)[] | undefined;

/** The type of `{ ...a, ...b, ...c }`. */
type Layered<A, B, C> = Omit<A, keyof B | keyof C> & Omit<B, keyof C> & C;

/**
 * The parts layered as `{ ...a, ...b, ...c }` would be (a later part's field wins, an
 * `undefined` one too), with exactly the schema's fields, in schema order, so the same paper
 * always gives the same bytes whatever order its parts came in; fields the schema lacks (a
 * parser's own) are left out. The type makes a field no stage fills a compile error.
 *
 * Unlike a spread, a field a part reads only when asked (a getter: the text cache parses a
 * cached paper's TL;DR, summary and claims on first read, `text-cache-line.ts`) stays so in the
 * record, read from its part when the record's is: a rebuild never reads them for a page it
 * leaves in place.
 *
 * @example
 * paperRecord(raw, textAnnotations, { keyphrases, id: 'icpl', topics, related })
 */
export function paperRecord<A extends object, B extends object = object, C extends object = object>(
	a: A,
	b?: B,
	c?: C,
	..._fillsTheSchema: Layered<A, B, C> extends Paper ? [] : [never]
): Paper {
	schemaFields ??= Object.keys(PaperSchema().shape) as (keyof Paper)[];
	const parts: object[] = [a, b ?? {}, c ?? {}];
	const record: Record<string, unknown> = {};
	for (const field of schemaFields) {
		const part = parts.findLast((p) => Object.hasOwn(p, field));
		const getter = part && Object.getOwnPropertyDescriptor(part, field)?.get;
		if (!getter) {
			record[field] = part && (part as Record<string, unknown>)[field];
			continue;
		}
		Object.defineProperty(record, field, {
			configurable: true,
			enumerable: true,
			get: () => (part as Record<string, unknown>)[field],
			set(value: unknown) {
				Object.defineProperty(this, field, { value, configurable: true, enumerable: true, writable: true });
			},
		});
	}
	return record as Paper;
}
