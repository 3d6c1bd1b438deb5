/**
 * `papers.json`: the whole collection for other tools — every paper's fields and
 * annotations (typed, with their spans), its topics (with titles) and related papers
 * (with titles and shared terms), plus the page URL. No timestamps: rebuilds are identical.
 */
import type { Paper } from '../shared/paper-schema.ts';
import type { TopicRecord } from '../shared/topic-schema.ts';

export interface CollectionExport {
	format: 'paperfold-collection';
	version: 1;
	site: string | null;
	count: number;
	topics: (TopicRecord & { papers: number })[];
	papers: (Omit<Paper, 'topics' | 'related'> & {
		url: string;
		topics: { id: string; title: string; derived: boolean }[];
		related: { id: string; title: string; score: number; shared: string[] }[];
	})[];
}

/** Builds the export; `pageUrl` turns a paper id into its absolute (or based) URL. */
export function toCollectionExport(
	papers: readonly Paper[],
	topics: readonly TopicRecord[],
	pageUrl: (id: string) => string,
	site: string | null = null,
): CollectionExport {
	const topicTitle = new Map(topics.map((t) => [t.id, t.title]));
	const titles = new Map(papers.map((p) => [p.id, p.title]));
	const counts = new Map<string, number>();
	for (const p of papers) for (const t of p.topics) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
	return {
		format: 'paperfold-collection',
		version: 1,
		site,
		count: papers.length,
		topics: topics.map((t) => ({ ...t, papers: counts.get(t.id) ?? 0 })),
		papers: papers.map((p) => ({
			...p,
			url: pageUrl(p.id),
			topics: p.topics.map((t) => ({ id: t.id, title: topicTitle.get(t.id) ?? t.id, derived: t.derived })),
			related: p.related.map((r) => ({ id: r.id, title: titles.get(r.id) ?? r.id, score: r.score, shared: r.shared })),
		})),
	};
}
