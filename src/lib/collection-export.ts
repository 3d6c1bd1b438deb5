/**
 * `papers.json`: the whole collection for other tools — every paper's fields and
 * annotations (typed, with their spans as offsets into the abstract), its topics and related
 * papers (by id, with the related papers' shared terms), plus the page URL; the collection's
 * topics with titles and paper counts. Each text is stored once (src/shared/collection-format.ts
 * has the format). No timestamps: rebuilds are identical.
 */
import type { Paper, Span } from '../shared/paper-schema.ts';
import type { TopicRecord } from '../shared/topic-schema.ts';
import { COLLECTION_VERSION, mapSpans, toOffsetSpan, type CollectionExport } from '../shared/collection-format.ts';

/** Builds the export; `pageUrl` turns a paper id into its absolute (or based) URL. */
export function toCollectionExport(
	papers: readonly Paper[],
	topics: readonly TopicRecord[],
	pageUrl: (id: string) => string,
	site: string | null = null,
): CollectionExport {
	const counts = new Map<string, number>();
	for (const p of papers) for (const t of p.topics) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
	return {
		format: 'paperfold-collection',
		version: COLLECTION_VERSION,
		site,
		count: papers.length,
		topics: topics.map((t) => ({ ...t, papers: counts.get(t.id) ?? 0 })),
		papers: papers.map((p) => ({
			...mapSpans(p, (span: Span) => toOffsetSpan(p.abstract, span)),
			url: pageUrl(p.id),
			topics: p.topics.map((t) => ({ id: t.id, derived: t.derived })),
			related: p.related.map((r) => ({ id: r.id, score: r.score, shared: r.shared })),
		})),
	};
}
