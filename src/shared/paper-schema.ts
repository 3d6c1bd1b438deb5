/**
 * The one contract of a paper page: the frontmatter of `content/papers/<id>.mdx`.
 *
 * The writer (`scripts/render/`) validates every page against this schema before
 * anything touches the disk, and `src/content.config.ts` uses the very same schema,
 * so bad data fails at generation time, not deep inside `astro build`.
 *
 * Every annotation carries the character span of the abstract it was taken from:
 * `abstract.slice(span.start, span.end) === span.text` always holds. The one exception is an
 * entity the abstract never names, the paper's own name given only before its title's colon
 * ("DeepLocalize: Fault Localization for …"): its span is in the title, says so
 * (`field: 'title'`), and `title.slice(span.start, span.end) === span.text` holds instead.
 */
import { z } from 'astro/zod';

/** An ISO 8601 calendar date of reduced precision or whole: `2021`, `2021-09`, `2021-09-15`. */
export const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A half-open character range `[start, end)` of the abstract, with the text it covers. */
export const SpanSchema = () =>
	z.object({
		start: z.number().int().nonnegative(),
		end: z.number().int().nonnegative(),
		text: z.string(),
	});

/** Where a paper record came from: file, format and 1-based line of the record. */
export const SourceRefSchema = () =>
	z.object({
		file: z.string(),
		/** Id of the input format that read it (`scripts/ingest/formats.ts` lists them). */
		format: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		line: z.number().int().positive(),
		/**
		 * The record's number in the file, first 1, where a format may write several records on a line (an
		 * EndNote library is one line): there the line alone does not say which record it is.
		 */
		record: z.number().int().positive().optional(),
		/** Why this record's title or abstract lost to another source's when they were merged. */
		note: z.string().optional(),
	});

/** A URL found in the paper's text or given by its source. */
export const LinkSchema = () =>
	z.object({
		url: z.string().url(),
		kind: z.enum(['code', 'project', 'arxiv', 'huggingface', 'doi', 'other']),
		/** Where in the abstract the URL stands; absent when the source gave it as a field. */
		span: SpanSchema().optional(),
	});

/**
 * A part an export joined to the abstract (AGU's "Key Points" and "Plain Language Summary", an
 * abstract in another language): kept apart from the abstract, shown under its heading, not
 * annotated (scripts/ingest/abstract-sections.ts).
 */
export const AbstractSectionSchema = () =>
	z.object({
		heading: z.string().min(1),
		/** One entry a line, as the source writes it. */
		items: z.array(z.string().min(1)).min(1),
		/** The lines are a list's items rather than paragraphs. */
		list: z.boolean(),
	});

/**
 * Where a paper was published, as its listing names it. The kind chooses the citation's entry
 * type (`@article`, `@inproceedings`, `@incollection`, `@phdthesis`, `@techreport`); a thesis
 * names the university that granted it, a report the institution that issued it; `other` is a
 * free reference such as arXiv's journal reference ("Phys. Rev. D 99, 012345 (2019)"), cited as
 * a note.
 */
export const VenueSchema = () =>
	z.object({
		/** The journal, proceedings or book title, or the university or institution, as the source wrote it. */
		name: z.string().min(1),
		kind: z.enum(['journal', 'proceedings', 'book', 'thesis', 'report', 'other']),
	});

/**
 * Where an entity is named: a span of the abstract, or, with `field: 'title'`, of the title (a
 * paper's own name that only its title gives).
 */
export const EntitySpanSchema = () => SpanSchema().extend({ field: z.literal('title').optional() });

/** A named thing the paper talks about, typed Papers-with-Code style. */
export const EntitySchema = () =>
	z.object({
		/** Stable id, unique within its type: used in `/entities/<type>/<id>/`. */
		id: z.string(),
		name: z.string(),
		type: z.enum(['method', 'algorithm', 'model', 'dataset']),
		/** `introduced`: the paper proposes it; `used`: it builds on or compares with it. */
		role: z.enum(['introduced', 'used']),
		/** Its mentions in the abstract, first first; only when the abstract names it nowhere, its one mention in the title. */
		spans: z.array(EntitySpanSchema()).min(1),
	});

/** An acronym defined in the text by a "long form (SHORT)" pattern. */
export const AcronymSchema = () =>
	z.object({
		short: z.string(),
		long: z.string(),
		span: SpanSchema(),
	});

/** A quantitative result: the number, its sentence, and what it is about. */
export const ClaimSchema = () =>
	z.object({
		/** The number as written, e.g. "4.55%", "50x", "~2300". */
		value: SpanSchema(),
		/** The whole sentence the number stands in. */
		sentence: SpanSchema(),
		/** Entity ids (`type/id`) the claim is about, when the sentence names any. */
		about: z.array(z.string()).default([]),
		/** What the number measures, as the sentence's own noun phrase ("absolute improvements", "overall score"); null when it names none. */
		measure: SpanSchema().nullable().default(null),
	});

/** A topic a paper belongs to: from the taxonomy, or derived from the collection. */
export const PaperTopicSchema = () =>
	z.object({
		id: z.string(),
		derived: z.boolean().default(false),
	});

/** A related paper, with the terms that make it related. */
export const RelatedSchema = () =>
	z.object({
		id: z.string(),
		score: z.number(),
		shared: z.array(z.string()),
	});

/** The frontmatter of one generated paper page. */
export const PaperSchema = () =>
	z.object({
		/** The page slug: `/papers/<id>/`. Stable across runs. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		title: z.string().min(1),
		/** Empty when the source gives none (DBLP and most Scholar exports): the paper is listed by its metadata alone. */
		abstract: z.string(),
		/** Parts the source joined to the abstract, each with its heading; none for most papers. */
		abstractSections: z.array(AbstractSectionSchema()).default([]),
		/** Author names, when the source lists them. */
		authors: z.array(z.string()).default([]),
		/** Author count as the source states it ("• 8 authors"), or the length of `authors`. */
		authorCount: z.number().int().nonnegative().nullable().default(null),
		/** Organisation shown in place of authors on some Hugging Face pages. */
		organization: z.string().nullable().default(null),
		/**
		 * ISO date of publication at the precision the source gives it: `YYYY-MM-DD`, or
		 * `YYYY-MM` / `YYYY` when it states no day (BibTeX's `year` and `month`), never padded.
		 */
		published: z.string().regex(ISO_DATE).nullable().default(null),
		/** Comment count shown on a Hugging Face Papers card (not upvotes). */
		comments: z.number().int().nonnegative().nullable().default(null),
		upvotes: z.number().int().nonnegative().nullable().default(null),
		arxivId: z.string().nullable().default(null),
		doi: z.string().nullable().default(null),
		/** The journal, proceedings or book that published the paper, when the source names one. */
		venue: VenueSchema().nullable().default(null),
		links: z.array(LinkSchema()).default([]),
		/** The contribution sentence of the abstract; null without an abstract. */
		tldr: SpanSchema().nullable(),
		/** The abstract split into its rhetorical parts; every sentence lands in one. */
		summary: z.object({
			problem: z.array(SpanSchema()),
			approach: z.array(SpanSchema()),
			results: z.array(SpanSchema()),
		}),
		topics: z.array(PaperTopicSchema()).min(1).max(3),
		entities: z.array(EntitySchema()).default([]),
		acronyms: z.array(AcronymSchema()).default([]),
		/** Noun phrases naming what the paper is about, best first, each a verbatim span. */
		keyphrases: z.array(SpanSchema()).default([]),
		claims: z.array(ClaimSchema()).default([]),
		related: z.array(RelatedSchema()).default([]),
		/** Hugging Face's own AI summary and keywords, kept apart from our annotations. */
		huggingFace: z
			.object({
				aiSummary: z.string().nullable().default(null),
				aiKeywords: z.array(z.string()).default([]),
			})
			.nullable()
			.default(null),
		sources: z.array(SourceRefSchema()).min(1),
	});

export type Span = z.infer<ReturnType<typeof SpanSchema>>;
export type SourceRef = z.infer<ReturnType<typeof SourceRefSchema>>;
export type PaperLink = z.infer<ReturnType<typeof LinkSchema>>;
export type Venue = z.infer<ReturnType<typeof VenueSchema>>;
export type AbstractSection = z.infer<ReturnType<typeof AbstractSectionSchema>>;
export type EntitySpan = z.infer<ReturnType<typeof EntitySpanSchema>>;
export type Entity = z.infer<ReturnType<typeof EntitySchema>>;
export type Acronym = z.infer<ReturnType<typeof AcronymSchema>>;
export type Claim = z.infer<ReturnType<typeof ClaimSchema>>;
export type Related = z.infer<ReturnType<typeof RelatedSchema>>;
/** A fully annotated paper, exactly as its page's frontmatter holds it. */
export type Paper = z.infer<ReturnType<typeof PaperSchema>>;

/** Whether an entity's span is in the title rather than the abstract. */
export const inTitle = (span: Span & { field?: 'title' }): boolean => span.field === 'title';

/** The spans of an entity that are in the abstract (all but a title-only name's). */
export const abstractSpans = (entity: Pick<Entity, 'spans'>): EntitySpan[] => entity.spans.filter((span) => !inTitle(span));

let built: ReturnType<typeof PaperSchema> | undefined;
/** `PaperSchema()` built once per process: zod compiles a schema's parser on first use, which costs more than validating a page. */
export const paperSchema = (): ReturnType<typeof PaperSchema> => (built ??= PaperSchema());
