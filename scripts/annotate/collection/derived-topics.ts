/**
 * Topics derived from the collection itself, for papers no taxonomy rule fits (or every
 * paper, when there is no taxonomy — a listing from another field).
 *
 * Papers become TF-IDF vectors of stemmed words and word pairs (`vector-space.ts`),
 * projected onto the features they share (`cluster-space.ts`); k-means with deterministic
 * starts groups them (`cluster-papers.ts`); each group is named by the keyphrases that are
 * frequent in it and rare elsewhere (`cluster-keyphrases.ts`), and its description says it
 * was derived and lists those terms (`topic-naming.ts`). Every paper ends in 1–3 groups.
 * Once the papers' keyphrases are known, the build renames each group by a keyphrase its
 * papers share and keeps in it only the papers that carry that name (`topic-keyphrase-names.ts`);
 * these names and groups stand when there are no keyphrases.
 */
import { compactSpace, dense } from './cluster-space.ts';
import { clusterKeyphrases } from './cluster-keyphrases.ts';
import { clusterPapers, clusterTarget } from './cluster-papers.ts';
import { clusterCountOf, countSizes, recompute } from './kmeans.ts';
import type { TextFeatureTable } from './text-feature-table.ts';
import { vectorize, type FeatureDocument } from './vector-space.ts';
import { describeDerivedTopic, nameDerivedTopic } from './topic-naming.ts';
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';

/** Which papers to cluster, and the limits of the clustering. */
export interface DeriveTopicsOptions {
	/** Indices of the papers to cluster (default: all). The others only inform word rarity. */
	only?: readonly number[];
	/** Topic ids already in use (the taxonomy's); derived ids avoid them. */
	reservedIds?: Iterable<string>;
	/** Most derived topics per paper (default 3). */
	maxTopicsPerPaper?: number;
	/** Most clusters (default 40). */
	maxClusters?: number;
	/** The documents' text features, if already collected (`collectTextFeatures`); else read here. */
	text?: TextFeatureTable;
}

/** A derived topic with the terms it is named after. */
export interface DerivedTopic extends TopicRecord {
	derived: true;
	terms: string[];
}

/** The derived topics and each paper's share of them. */
export interface DerivedTopicsResult {
	/** In order of size (largest first), ties by first member. */
	topics: DerivedTopic[];
	/** Per input paper (input order): its derived topics, best first; empty for papers not in `only`. */
	assignments: { id: string; score: number }[][];
}

/** A paper's second and third derived topics need this fraction of its best similarity. */
const SECONDARY_RATIO = 0.6;

/** Derives topics for the chosen papers; see the module comment for the method. */
export function deriveTopics(docs: readonly FeatureDocument[], options: DeriveTopicsOptions = {}): DerivedTopicsResult {
	const members = [...(options.only ?? docs.keys())];
	const assignments: DerivedTopicsResult['assignments'] = docs.map(() => []);
	if (members.length === 0) return { topics: [], assignments };
	const space = vectorize(docs, options.text, { only: members });
	const { shared, width, vectors } = compactSpace(space, members);

	const labels = clusterPapers(vectors, clusterTarget(members.length, options.maxClusters), width);
	const clusterCount = clusterCountOf(labels);
	const finalCentroids = recompute(vectors, labels, clusterCount, width);
	const sizes = countSizes(labels, clusterCount);
	const used = [...new Set(labels)].sort((a, b) => sizes[b] - sizes[a] || labels.indexOf(a) - labels.indexOf(b));

	const reserved = new Set(options.reservedIds ?? []);
	const termsOf = clusterKeyphrases({ space, members, labels, shared, docs }, used);
	const topics = used.map((_, i): DerivedTopic => {
		const terms = termsOf[i];
		const { id, title } = nameDerivedTopic(terms, reserved);
		return { id, title, description: '', derived: true, terms };
	});

	members.forEach((doc, i) => {
		const scored = used
			.map((cluster, t) => ({ id: topics[t].id, own: cluster === labels[i], score: dense(vectors[i], finalCentroids[cluster]!) }))
			.sort((a, b) => Number(b.own) - Number(a.own) || b.score - a.score);
		const best = scored[0];
		const extra = scored.slice(1).filter((s) => s.score > 0 && s.score >= best.score * SECONDARY_RATIO).sort((a, b) => b.score - a.score);
		assignments[doc] = [best, ...extra]
			.slice(0, options.maxTopicsPerPaper ?? 3)
			.map((s) => ({ id: s.id, score: Math.round(s.score * 10000) / 10000 }));
	});

	// Described only now: a topic's papers include those it is a second or third topic of,
	// which is what its topic page lists, not just its cluster's members.
	const paperCounts = new Map<string, number>();
	for (const list of assignments) for (const { id } of list) paperCounts.set(id, (paperCounts.get(id) ?? 0) + 1);
	for (const topic of topics) topic.description = describeDerivedTopic(paperCounts.get(topic.id) ?? 0, topic.terms);
	return { topics, assignments };
}
