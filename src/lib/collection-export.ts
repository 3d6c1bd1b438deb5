/**
 * `papers.json`: the whole collection for other tools — every paper's fields and
 * annotations (typed, with their spans as offsets into the abstract), its topics (by id) and
 * related papers (by position in `papers`, with the terms they share, as offsets where the
 * abstract holds them); the collection's topics with titles
 * and paper counts, and the pattern of the page URLs. Each text is stored once, and a field at
 * its default is left out (src/shared/collection-format.ts has the format and its reader).
 * No timestamps: rebuilds are identical.
 */
import type { Paper, Span } from '../shared/paper-schema.ts';
import type { TopicRecord } from '../shared/topic-schema.ts';
import { COLLECTION_VERSION, DEFAULTS, mapSpans, PAPER_URL_ID, toOffsetSpan, toSharedTerm, type CollectionExport, type ExportedPaper } from '../shared/collection-format.ts';

/** `record` without the fields `DEFAULTS` lists that hold their default: null, or no items. */
function withoutDefaults<R extends object>(record: R): R {
	const kept = { ...record } as Record<string, unknown>;
	for (const field of Object.keys(DEFAULTS)) {
		const value = kept[field];
		if (value === null || (Array.isArray(value) && value.length === 0)) delete kept[field];
	}
	return kept as R;
}

/** The pattern of `pageUrl`'s URLs, `{id}` in place of the id (which URL encoding leaves as it is: ids are `a-z0-9-`). */
function urlPattern(pageUrl: (id: string) => string): string {
	const marker = 'PAPERFOLD-ID';
	const sample = pageUrl(marker);
	const at = sample.lastIndexOf(marker);
	return sample.slice(0, at) + PAPER_URL_ID + sample.slice(at + marker.length);
}

/**
 * Builds the export; `pageUrl` turns a paper id into its absolute (or based) URL, and is
 * written once, as the pattern `paperUrl`, with `{id}` in place of the id.
 */
export function toCollectionExport(
	papers: readonly Paper[],
	topics: readonly TopicRecord[],
	pageUrl: (id: string) => string,
	site: string | null = null,
): CollectionExport {
	const position = new Map(papers.map((p, i) => [p.id, i]));
	return {
		format: 'paperfold-collection',
		version: COLLECTION_VERSION,
		site,
		paperUrl: urlPattern(pageUrl),
		count: papers.length,
		topics: exportedTopics(papers, topics),
		papers: papers.map((p) => exportedPaper(p, position)),
	};
}

/** The topics of the export: each with its paper count (`toCollectionExport`). */
export function exportedTopics(papers: readonly Paper[], topics: readonly TopicRecord[]): CollectionExport['topics'] {
	const counts = new Map<string, number>();
	for (const p of papers) for (const t of p.topics) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
	return topics.map((t) => ({ ...t, papers: counts.get(t.id) ?? 0 }));
}

/** One paper as the export writes it, its related papers by their position in `papers` (`position`). */
export function exportedPaper(p: Paper, position: ReadonlyMap<string, number>): ExportedPaper {
	return withoutDefaults({
		...mapSpans(p, (span: Span) => toOffsetSpan(p.abstract, span)),
		topics: p.topics.map((t) => t.id),
		// A related paper outside the export (none in a built site) is left out, as its page leaves it out.
		related: p.related.flatMap((r) => (position.has(r.id) ? [{ paper: position.get(r.id)!, score: r.score, shared: r.shared.map((term) => toSharedTerm(p.abstract, term)) }] : [])),
	});
}
