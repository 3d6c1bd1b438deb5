/**
 * The annotate stage for a whole collection: per-paper text annotations, then everything
 * that needs the collection — slugs, taxonomy topics, derived topics, related papers —
 * assembled into `Paper` records exactly as the page schema holds them.
 *
 * Pure and deterministic: the same raws and options give deep-equal output, with object
 * keys always in schema order, so a second build changes zero bytes.
 */
import type { Paper } from '../../src/schemas/paper.ts';
import type { RawPaper } from '../ingest/types.ts';
import { annotateText } from './annotate-text.ts';
import { deriveTopics } from './collection/derived-topics.ts';
import type { Lexicons } from './lexicons.ts';
import { findRelatedPapers } from './collection/related.ts';
import { assignSlugs, type SlugCollision } from './collection/slugs.ts';
import type { Taxonomy } from './taxonomy.ts';
import { collectTextFeatures, type TextFeatureTable } from './collection/terms.ts';
import { assignTopics } from './collection/topics.ts';
import type { AnnotatedCollection, TextAnnotations, Topic } from './types.ts';

export interface AnnotateCollectionOptions {
	/** The parsed taxonomy, or null to derive every topic from the collection. */
	taxonomy: Taxonomy | null;
	lexicons: Lexicons;
	/** Called after each paper's text is annotated (the slow part), for progress display. */
	onProgress?: (done: number, total: number) => void;
	/**
	 * Text annotations already made (by worker threads, or from the content-hash cache), one per
	 * paper in input order; `annotateText` runs only where this is absent.
	 */
	texts?: readonly Omit<TextAnnotations, 'links'>[];
}

/** The annotated collection plus what the build should report. */
export interface AnnotateCollectionResult extends AnnotatedCollection {
	/** One readable line per group of papers that wanted the same slug. */
	slugCollisions: string[];
}

/**
 * Everything about a collection that needs only titles and abstracts — slugs, taxonomy and
 * derived topics, the text features related papers are found by — so a build can work it out
 * while worker threads make the per-paper text annotations (`completeCollection` joins them).
 */
export interface PreparedCollection {
	raws: readonly RawPaper[];
	taxonomy: Taxonomy | null;
	slugs: string[];
	collisions: SlugCollision[];
	paperTopics: { id: string; derived: boolean }[][];
	derivedTopics: Topic[];
	text: TextFeatureTable;
}

/** The text-independent half of `annotateCollection`. */
export function prepareCollection(raws: readonly RawPaper[], options: Pick<AnnotateCollectionOptions, 'taxonomy'>): PreparedCollection {
	const { taxonomy } = options;
	const { slugs, collisions } = assignSlugs(raws);

	// Taxonomy first; whatever it leaves without a topic gets topics derived from the collection.
	const taxonomyTopics = raws.map((raw) => (taxonomy ? assignTopics(raw, taxonomy) : []));
	const unmatched = taxonomyTopics.flatMap((topics, i) => (topics.length === 0 ? [i] : []));
	// Tokenised and stemmed once for both derived topics and related papers.
	const text = collectTextFeatures(raws);
	const derived = deriveTopics(raws, { only: unmatched, reservedIds: taxonomy?.topics.map((t) => t.id) ?? [], text });
	const paperTopics = raws.map((_, i) =>
		taxonomyTopics[i].length > 0
			? taxonomyTopics[i].map((t) => ({ id: t.id, derived: false }))
			: derived.assignments[i].map((t) => ({ id: t.id, derived: true })),
	);
	const derivedTopics = derived.topics.map((t) => ({ id: t.id, title: t.title, description: t.description, derived: true }));
	return { raws, taxonomy, slugs, collisions, paperTopics, derivedTopics, text };
}

/**
 * Annotates every paper and the collection. Papers keep input order; `topics` lists the
 * taxonomy topics at least one paper has (taxonomy order), then the derived ones.
 */
export function annotateCollection(raws: readonly RawPaper[], options: AnnotateCollectionOptions): AnnotateCollectionResult {
	return completeCollection(prepareCollection(raws, options), options);
}

/** The rest of `annotateCollection` once the collection is prepared: text annotations, related papers, records. */
export function completeCollection(
	prepared: PreparedCollection,
	options: Pick<AnnotateCollectionOptions, 'lexicons' | 'onProgress' | 'texts'>,
): AnnotateCollectionResult {
	const { raws, taxonomy, slugs, collisions, paperTopics, derivedTopics, text } = prepared;
	const { lexicons, onProgress } = options;
	const texts = raws.map((raw, i) => {
		const annotations = options.texts?.[i] ?? annotateText(raw, lexicons);
		onProgress?.(i + 1, raws.length);
		return annotations;
	});

	const related = findRelatedPapers(
		raws.map((raw, i) => ({
			id: slugs[i],
			title: raw.title,
			abstract: raw.abstract,
			entities: texts[i].entities.map((e) => ({ key: `${e.type}/${e.id}`, name: e.name })),
		})),
		{ text },
	);

	const papers = raws.map(
		(raw, i): Paper => ({
			id: slugs[i],
			title: raw.title,
			abstract: raw.abstract,
			authors: [...raw.authors],
			authorCount: raw.authorCount,
			organization: raw.organization,
			published: raw.published,
			comments: raw.comments,
			upvotes: raw.upvotes,
			arxivId: raw.arxivId,
			doi: raw.doi,
			links: raw.links.map((link) => (link.span ? { url: link.url, kind: link.kind, span: link.span } : { url: link.url, kind: link.kind })),
			tldr: texts[i].tldr,
			summary: texts[i].summary,
			topics: paperTopics[i],
			entities: texts[i].entities,
			acronyms: texts[i].acronyms,
			claims: texts[i].claims,
			related: related[i],
			huggingFace: raw.huggingFace ? { aiSummary: raw.huggingFace.aiSummary, aiKeywords: [...raw.huggingFace.aiKeywords] } : null,
			sources: raw.sources.map((s) => ({ file: s.file, format: s.format, line: s.line })),
		}),
	);

	const used = new Set(paperTopics.flat().map((t) => t.id));
	const topics: Topic[] = [
		...(taxonomy?.topics ?? [])
			.filter((t) => used.has(t.id))
			.map((t) => ({ id: t.id, title: t.title, description: t.description, derived: false })),
		...derivedTopics,
	];
	return { papers, topics, slugCollisions: collisions.map(describeCollision) };
}

/** `"Title" × 2 → slug (kept), slug-2401-00001 (arXiv id)`, for the build log. */
export function describeCollision(collision: SlugCollision): string {
	const why = { none: 'kept', arxiv: 'arXiv id', date: 'publication date', counter: 'input order' } as const;
	const titles = [...new Set(collision.papers.map((p) => `"${p.title}"`))].join(' / ');
	return `${titles} × ${collision.papers.length} → ${collision.papers.map((p) => `${p.slug} (${why[p.suffix]})`).join(', ')}`;
}
