/**
 * The format of `papers.json` (`format: 'paperfold-collection'`), shared by the site that
 * writes it (`src/lib/collection-export.ts`) and the tools that read it (`npm run eval --
 * --papers`). Version 2 stores each record once: a span whose text is its abstract's is the
 * pair `[start, end]` of offsets into the abstract (its text is `abstract.slice(start, end)`),
 * related papers and topics are named by id (titles are in `papers` and `topics`). Version 3
 * leaves out what a reader can tell without it: a paper's field at its default (null, or no
 * items: `DEFAULTS`), its page URL (the collection's `paperUrl` with `{id}` replaced) and
 * whether its topics are derived (each topic says so once), and names a related paper by its
 * position in `papers` rather than by its id again. Version 4 writes a term a related paper
 * shares as the offsets of its first place in the abstract, like a span, when the abstract
 * holds it as it is (nearly every term: they are phrases both papers say); `readExportedPaper`
 * puts all of them back. Version 5 may give an entity a span in the title (the paper's own name
 * when only the title gives it): such a span is always written whole, saying where it is,
 * `{ "start": 0, "end": 12, "text": "DeepLocalize", "field": "title" }`; every other span is
 * as in version 4. Version 6 lists a paper whose source gives no abstract: its `abstract` is
 * empty and its `tldr` null, so left out like any field at its default.
 */
import { inTitle, type Acronym, type Claim, type Entity, type EntitySpan, type Paper, type PaperLink, type Span } from './paper-schema.ts';
import type { TopicRecord } from './topic-schema.ts';

/** `papers.json`'s format version: 6 since a paper may have no abstract, and so no TL;DR (5: an entity span may be in the title; 4: shared terms of related papers are offsets into the abstract; 3: fields at their default, page URLs and topics' `derived` left out, related papers positions). */
export const COLLECTION_VERSION = 6;

/** The paper fields version 3 leaves out at these values, the page schema's defaults (paper-schema.ts). */
export const DEFAULTS = {
	abstractSections: [],
	tldr: null,
	authors: [],
	authorCount: null,
	organization: null,
	published: null,
	comments: null,
	upvotes: null,
	arxivId: null,
	doi: null,
	venue: null,
	links: [],
	entities: [],
	acronyms: [],
	keyphrases: [],
	claims: [],
	related: [],
	huggingFace: null,
} as const satisfies Partial<Record<keyof Paper, null | readonly never[]>>;

/** The fields `DEFAULTS` lists. */
export type DefaultedField = keyof typeof DEFAULTS;

/** The `{id}` placeholder of the collection's `paperUrl`. */
export const PAPER_URL_ID = '{id}';

/**
 * A span in `papers.json`: `[start, end)` offsets into the abstract, or, should a span's text
 * ever not be the abstract's own, the whole `{ start, end, text }` (as version 1 wrote every span);
 * an entity's span in the title is always whole, with `field: 'title'` (version 5).
 */
export type OffsetSpan = [start: number, end: number] | EntitySpan;

/** The fields of a paper record that hold spans, with spans of type `S`. */
export interface SpanFields<S> {
	tldr: S | null;
	summary: { problem: S[]; approach: S[]; results: S[] };
	entities: (Omit<Entity, 'spans'> & { spans: S[] })[];
	acronyms: (Omit<Acronym, 'span'> & { span: S })[];
	keyphrases: S[];
	claims: (Omit<Claim, 'value' | 'sentence' | 'measure'> & { value: S; sentence: S; measure: S | null })[];
	links: (Omit<PaperLink, 'span'> & { span?: S })[];
}

/** A paper with every field, its spans as offsets, its related papers by id. */
type WholePaper = Omit<Paper, keyof SpanFields<Span> | 'topics' | 'related'> &
	SpanFields<OffsetSpan> & { related: { id: string; score: number; shared: string[] }[] };

/** A term a related paper shares, in version 4: `[start, end]` offsets into the abstract, or the term itself when the abstract does not hold it as it is. */
export type SharedTerm = [start: number, end: number] | string;

/** A related paper from version 3 on: its position in `papers`, the score and the terms the two share (offsets from version 4). */
export interface ExportedRelated {
	paper: number;
	score: number;
	shared: SharedTerm[];
}

/** One paper as `papers.json` versions 3 and 4 write it: a field at its default is absent, topics are ids, related papers positions. */
export type ExportedPaper = Omit<WholePaper, DefaultedField | 'related'> &
	Partial<Pick<WholePaper, Exclude<DefaultedField, 'related'>>> & { topics: string[]; related?: ExportedRelated[] };

/** One paper as versions 1 and 2 wrote it: every field, its page URL, its topics with `derived`. */
export type ExportedPaperV2 = WholePaper & { url: string; topics: { id: string; derived: boolean }[] };

/** The whole of `papers.json`. */
export interface CollectionExport {
	format: 'paperfold-collection';
	version: typeof COLLECTION_VERSION;
	site: string | null;
	/** Every paper page's URL (absolute when `site` is set), with `{id}` for the paper's id. */
	paperUrl: string;
	count: number;
	topics: (TopicRecord & { papers: number })[];
	papers: ExportedPaper[];
}

/** `{ start: 4, end: 9, text: 'Mario' }` → `[4, 9]` when the abstract holds "Mario" there; a span in the title stays whole. */
export function toOffsetSpan(abstract: string, span: EntitySpan): OffsetSpan {
	return !inTitle(span) && abstract.slice(span.start, span.end) === span.text ? [span.start, span.end] : span;
}

/** `[4, 9]` → `{ start: 4, end: 9, text: abstract.slice(4, 9) }`; a whole span (a title span among them) is kept as it is. */
export function fromOffsetSpan(abstract: string, span: OffsetSpan): EntitySpan {
	return Array.isArray(span) ? { start: span[0], end: span[1], text: abstract.slice(span[0], span[1]) } : span;
}

/** `'slow weights'` → `[812, 824]`, its first place in `abstract`; the term itself when the abstract does not hold it. */
export function toSharedTerm(abstract: string, term: string): SharedTerm {
	const start = term ? abstract.indexOf(term) : -1;
	return start < 0 ? term : [start, start + term.length];
}

/** `[812, 824]` → `abstract.slice(812, 824)`; a term written out (versions 1–3, or one the abstract lacks) is kept. */
export function fromSharedTerm(abstract: string, term: SharedTerm): string {
	return Array.isArray(term) ? abstract.slice(term[0], term[1]) : term;
}

/** Every span of a paper record passed through `convert`, the other fields kept. */
export function mapSpans<R extends SpanFields<A>, A, B>(record: R, convert: (span: A) => B): Omit<R, keyof SpanFields<A>> & SpanFields<B> {
	const { summary } = record;
	return {
		...record,
		tldr: record.tldr ? convert(record.tldr) : null,
		summary: { problem: summary.problem.map(convert), approach: summary.approach.map(convert), results: summary.results.map(convert) },
		entities: record.entities.map((e) => ({ ...e, spans: e.spans.map(convert) })),
		acronyms: record.acronyms.map((a) => ({ ...a, span: convert(a.span) })),
		// Optional-chained: exports older than keyphrases have none, and a reader must tell that from none found.
		keyphrases: record.keyphrases?.map(convert),
		// `measure` is null when the sentence names none (and read as null from exports older than it).
		claims: record.claims.map((c) => ({ ...c, value: convert(c.value), sentence: convert(c.sentence), measure: c.measure ? convert(c.measure) : null })),
		links: record.links.map(({ span, ...link }) => (span ? { ...link, span: convert(span) } : link)),
	};
}

/** A paper of `papers.json` as the page schema has it, with its page URL. */
export type ReadPaper = Paper & { url: string };

/**
 * A `papers.json` paper of any version as the page schema has it: version 3's left-out
 * fields back at their defaults, its page URL and its topics' `derived` from the collection,
 * every span whole, version 4's shared terms as text. Absent fields of older versions stay absent (an export older than
 * keyphrases has none, which a reader must tell from none found).
 */
export function readExportedPaper(
	record: ExportedPaper | ExportedPaperV2,
	collection: { version: number; paperUrl?: string; topics: readonly { id: string; derived: boolean }[]; papers: readonly { id: string }[] },
): ReadPaper {
	if (collection.version < 3) return withSpanText(record as ExportedPaperV2) as ReadPaper;
	const derived = new Map(collection.topics.map((t) => [t.id, t.derived]));
	const v3 = record as ExportedPaper;
	const whole = {
		...DEFAULTS,
		...v3,
		url: collection.paperUrl!.replace(PAPER_URL_ID, v3.id),
		topics: v3.topics.map((id) => ({ id, derived: derived.get(id) ?? false })),
		related: (v3.related ?? []).map((r) => ({ id: collection.papers[r.paper]!.id, score: r.score, shared: r.shared.map((term) => fromSharedTerm(v3.abstract, term)) })),
	} as unknown as ExportedPaperV2;
	return withSpanText(whole) as ReadPaper;
}

/**
 * A `papers.json` paper with every span whole again (`{ start, end, text }`), as the page
 * schema has it: what a reader of the export usually wants. Reads version 1 records too.
 */
export function withSpanText<R extends SpanFields<OffsetSpan> & { abstract: string }>(record: R): Omit<R, keyof SpanFields<OffsetSpan>> & SpanFields<Span> {
	return mapSpans(record, (span: OffsetSpan) => fromOffsetSpan(record.abstract, span));
}
