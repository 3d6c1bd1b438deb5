/**
 * Topics derived from the collection itself, for papers no taxonomy rule fits (or every
 * paper, when there is no taxonomy — a listing from another field).
 *
 * Papers become TF-IDF vectors of stemmed words and word pairs (`terms.ts`); spherical
 * k-means with a deterministic farthest-first start groups them; each group is named by
 * the keyphrases that are frequent in it and rare elsewhere (a class-based TF-IDF), and its
 * description says it was derived and lists those terms. Every paper ends in 1–3 groups.
 */
import type { Topic } from './types.ts';
import { slugify } from './slugs.ts';
import { stemWord, textFeatures, vectorize, type FeatureDocument } from './terms.ts';

export interface DeriveTopicsOptions {
	/** Indices of the papers to cluster (default: all). The others only inform word rarity. */
	only?: readonly number[];
	/** Topic ids already in use (the taxonomy's); derived ids avoid them. */
	reservedIds?: Iterable<string>;
	/** Most derived topics per paper (default 3). */
	maxTopicsPerPaper?: number;
	/** Most clusters (default 40). */
	maxClusters?: number;
}

/** A derived topic with the terms it is named after. */
export interface DerivedTopic extends Topic {
	derived: true;
	terms: string[];
}

export interface DerivedTopicsResult {
	/** In order of size (largest first), ties by first member. */
	topics: DerivedTopic[];
	/** Per input paper (input order): its derived topics, best first; empty for papers not in `only`. */
	assignments: { id: string; score: number }[][];
}

/** A paper's second and third derived topics need this fraction of its best similarity. */
const SECONDARY_RATIO = 0.6;
const LABEL_TERMS = 6;

/** Derives topics for the chosen papers; see the module comment for the method. */
export function deriveTopics(docs: readonly FeatureDocument[], options: DeriveTopicsOptions = {}): DerivedTopicsResult {
	const members = [...(options.only ?? docs.keys())];
	const assignments: DerivedTopicsResult['assignments'] = docs.map(() => []);
	if (members.length === 0) return { topics: [], assignments };
	const space = vectorize(docs);

	// Compact dense space over the features that at least two chosen papers share.
	const localDf = new Map<number, number>();
	for (const m of members) for (const t of space.vectors[m].terms) localDf.set(t, (localDf.get(t) ?? 0) + 1);
	const shared = [...localDf].filter(([, df]) => df >= 2 || members.length === 1).map(([t]) => t).sort((a, b) => a - b);
	const compact = new Map(shared.map((t, i) => [t, i]));
	const width = Math.max(shared.length, 1);
	const vectors = members.map((m): Vector => {
		const { terms, weights } = space.vectors[m];
		const t: number[] = [];
		const w: number[] = [];
		terms.forEach((term, i) => {
			const at = compact.get(term);
			if (at !== undefined) t.push(at), w.push(weights[i]);
		});
		const norm = Math.sqrt(w.reduce((sum, x) => sum + x * x, 0)) || 1;
		return { t: Int32Array.from(t), w: Float64Array.from(w, (x) => x / norm) };
	});

	const k = Math.min(options.maxClusters ?? 40, members.length, Math.max(1, Math.round(Math.sqrt(2 * members.length))));
	// Two deterministic starts, each refined by k-means, cleared of outlier singletons and
	// split back up to k groups; the more coherent clustering wins.
	const minSize = members.length >= 6 ? 2 : 1;
	const candidates = [bisect(vectors, k, width, vectors.map(() => 0), 1), assign(vectors, farthestFirst(vectors, k, width), width)].map(
		(start) => {
			const folded = foldSmallClusters(vectors, refine(vectors, start, k, width), minSize, width);
			return bisect(vectors, k, width, folded, minSize);
		},
	);
	const objectives = candidates.map((l) => coherence(vectors, l, width));
	const labels = candidates[objectives[1] > objectives[0] ? 1 : 0];
	const clusterCount = clusterCountOf(labels);
	const finalCentroids = recompute(vectors, labels, clusterCount, width);
	const sizes = countSizes(labels, clusterCount);
	const used = [...new Set(labels)].sort((a, b) => sizes[b] - sizes[a] || labels.indexOf(a) - labels.indexOf(b));

	const reserved = new Set(options.reservedIds ?? []);
	const titles = docs.map((doc) => doc.title);
	const abstracts = docs.map((doc) => doc.abstract);
	// For each term, the clusters whose papers use it (how distinctive it is of any one cluster).
	const clustersWith = new Map<number, Set<number>>();
	members.forEach((m, i) => {
		for (const t of space.vectors[m].terms) {
			let set = clustersWith.get(t);
			if (!set) clustersWith.set(t, (set = new Set()));
			set.add(labels[i]);
		}
	});
	const termsOf = used.map((cluster) => clusterTerms(cluster, labels, members, space, shared, clusterCount, clustersWith, titles, abstracts));
	const topics = used.map((cluster, i): DerivedTopic => {
		const terms = termsOf[i];
		const named = titleTerms(terms);
		const title = capitalise(named.join(', ') || 'Other papers');
		const base = slugify(named.join(' ') || 'other papers');
		let id = base;
		for (let n = 2; reserved.has(id); n++) id = `${base}-${n}`;
		reserved.add(id);
		const size = labels.filter((l) => l === cluster).length;
		const description =
			`Derived from this collection, not from the taxonomy: ${size === 1 ? 'one paper' : `${size} papers`} ` +
			`grouped by the words they share. Top terms: ${terms.join(', ')}.`;
		return { id, title, description, derived: true, terms };
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
	return { topics, assignments };
}

/** A paper in the compact space: term indices and unit-length weights. */
interface Vector {
	t: Int32Array;
	w: Float64Array;
}

function dense(vector: Vector, centroid: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < vector.t.length; i++) sum += vector.w[i] * centroid[vector.t[i]];
	return sum;
}

/**
 * Bisecting k-means (Steinbach et al., 2000): split the least coherent cluster in two until
 * there are k, starting from `start`. Each split is seeded deterministically with the member
 * least like its cluster and the member least like that one; a split leaving a half smaller
 * than `minSize` is refused. The same input always gives the same clusters.
 */
function bisect(vectors: Vector[], k: number, width: number, start: number[], minSize: number): number[] {
	const labels = [...start];
	const unsplittable = new Set<number>();
	// Incoherence (Σ 1 − similarity to the centroid) per cluster; only split clusters change.
	const incoherence = new Map<number, number>();
	const measure = (c: number) => {
		const inside = vectors.filter((_, i) => labels[i] === c);
		if (inside.length < 2 * minSize || inside.length < 2) return 0;
		const centroid = recompute(inside, inside.map(() => 0), 1, width)[0]!;
		return inside.reduce((sum, v) => sum + 1 - dense(v, centroid), 0);
	};
	let next = clusterCountOf(labels);
	for (let clusters = new Set(labels).size; clusters < k; ) {
		let target = -1;
		let worst = 0;
		for (const c of [...new Set(labels)].sort((x, y) => x - y)) {
			if (unsplittable.has(c)) continue;
			if (!incoherence.has(c)) incoherence.set(c, measure(c));
			if (incoherence.get(c)! > worst) [target, worst] = [c, incoherence.get(c)!];
		}
		if (target < 0) break;
		const indices = labels.flatMap((l, i) => (l === target ? [i] : []));
		const part = indices.map((i) => vectors[i]);
		const centroid = recompute(part, part.map(() => 0), 1, width)[0]!;
		const a = argMin(part.map((v) => dense(v, centroid)));
		const seedA = toDense(part[a], width);
		const b = argMin(part.map((v, i) => (i === a ? Infinity : dense(v, seedA))));
		let halves = assign(part, [seedA, toDense(part[b], width)], width);
		for (let iteration = 0; iteration < 10; iteration++) {
			const moved = assign(part, recompute(part, halves, 2, width), width);
			if (moved.every((h, i) => h === halves[i])) break;
			halves = moved;
		}
		const second = halves.filter((h) => h === 1).length;
		if (second < minSize || part.length - second < minSize) {
			unsplittable.add(target);
			continue;
		}
		indices.forEach((doc, i) => halves[i] === 1 && (labels[doc] = next));
		incoherence.delete(target);
		next++;
		clusters++;
	}
	return compactLabels(labels);
}

/** Renumbers cluster labels 0, 1, 2, … in order of first appearance. */
function compactLabels(labels: number[]): number[] {
	const ids = new Map<number, number>();
	return labels.map((l) => {
		if (!ids.has(l)) ids.set(l, ids.size);
		return ids.get(l)!;
	});
}

/** Clusters smaller than `minSize` are outliers: their papers move to the nearest kept cluster. */
function foldSmallClusters(vectors: Vector[], start: number[], minSize: number, width: number): number[] {
	let labels = compactLabels(start);
	for (let pass = 0; pass < 3; pass++) {
		const count = clusterCountOf(labels);
		const keep = countSizes(labels, count).map((size) => size >= minSize);
		if (keep.every(Boolean) || !keep.some(Boolean)) break;
		const kept = recompute(vectors, labels, count, width).map((c, i) => (keep[i] ? c : null));
		labels = compactLabels(assign(vectors, kept, width));
	}
	return labels;
}

/** k-means iterations from a starting labelling until nothing moves (at most 20). */
function refine(vectors: Vector[], start: number[], k: number, width: number): number[] {
	let labels = start;
	for (let iteration = 0; iteration < 20; iteration++) {
		const next = assign(vectors, recompute(vectors, labels, k, width), width);
		if (next.every((l, i) => l === labels[i])) break;
		labels = next;
	}
	return labels;
}

/** Total similarity of papers to their cluster centroids: the k-means objective (higher is better). */
function coherence(vectors: Vector[], labels: number[], width: number): number {
	const centroids = recompute(vectors, labels, clusterCountOf(labels), width);
	return vectors.reduce((sum, v, i) => sum + dense(v, centroids[labels[i]]!), 0);
}

/** Seeds: the paper most like the whole set, then each paper least like the seeds so far. */
function farthestFirst(vectors: Vector[], k: number, width: number): Float64Array[] {
	const mean = new Float64Array(width);
	for (const v of vectors) for (let i = 0; i < v.t.length; i++) mean[v.t[i]] += v.w[i];
	const seeds = [argMin(vectors.map((v) => -dense(v, mean)))];
	const nearest = vectors.map(() => -Infinity);
	while (seeds.length < k) {
		const seed = toDense(vectors[seeds[seeds.length - 1]], width);
		vectors.forEach((v, i) => (nearest[i] = Math.max(nearest[i], dense(v, seed))));
		seeds.push(argMin(nearest.map((s, i) => (seeds.includes(i) ? Infinity : s))));
	}
	return seeds.map((s) => toDense(vectors[s], width));
}

function argMin(values: number[]): number {
	let best = 0;
	values.forEach((v, i) => v < values[best] && (best = i));
	return best;
}

function toDense(vector: Vector, width: number): Float64Array {
	const out = new Float64Array(width);
	for (let i = 0; i < vector.t.length; i++) out[vector.t[i]] = vector.w[i];
	return out;
}

/** Index of the most similar centroid per vector (ties: lowest index); null centroids are skipped. */
function assign(vectors: Vector[], centroids: (Float64Array | null)[], width: number): number[] {
	return vectors.map((v) => {
		let best = -1;
		let bestScore = -Infinity;
		for (let i = 0; i < centroids.length; i++) {
			const c = centroids[i];
			if (!c) continue;
			const s = dense(v, c);
			if (s > bestScore) [best, bestScore] = [i, s];
		}
		return best;
	});
}

/** Normalised mean of each cluster's vectors; null for empty clusters. */
function recompute(vectors: Vector[], labels: number[], k: number, width: number): (Float64Array | null)[] {
	const sums: (Float64Array | null)[] = Array.from({ length: k }, () => null);
	vectors.forEach((v, i) => {
		const sum = (sums[labels[i]] ??= new Float64Array(width));
		for (let j = 0; j < v.t.length; j++) sum[v.t[j]] += v.w[j];
	});
	for (const sum of sums) {
		if (!sum) continue;
		let squares = 0;
		for (let t = 0; t < width; t++) squares += sum[t] * sum[t];
		const norm = Math.sqrt(squares) || 1;
		for (let t = 0; t < width; t++) sum[t] /= norm;
	}
	return sums;
}

/** One more than the highest label (no spread: collections can be larger than the argument limit). */
function clusterCountOf(labels: number[]): number {
	let max = -1;
	for (const l of labels) if (l > max) max = l;
	return max + 1;
}

function countSizes(labels: number[], k: number): number[] {
	const sizes = new Array<number>(k).fill(0);
	for (const l of labels) sizes[l]++;
	return sizes;
}

/**
 * Keyphrases naming a cluster: features scored by summed weight in the cluster × the share
 * of its papers using them × rarity among clusters; word pairs preferred over their words.
 */
function clusterTerms(
	cluster: number,
	labels: number[],
	members: number[],
	space: ReturnType<typeof vectorize>,
	shared: number[],
	k: number,
	clustersWith: Map<number, Set<number>>,
	titles: readonly string[],
	abstracts: readonly string[],
): string[] {
	const inCluster = members.filter((_, i) => labels[i] === cluster);
	const weight = new Map<number, number>();
	const docs = new Map<number, number>();
	// Words in titles name what papers are about better than words of the abstract alone.
	const inTitles = new Map<string, number>();
	for (const m of inCluster) {
		const { terms, weights } = space.vectors[m];
		terms.forEach((t, i) => {
			weight.set(t, (weight.get(t) ?? 0) + weights[i]);
			docs.set(t, (docs.get(t) ?? 0) + 1);
		});
		const titleCounts = new Map<string, number>();
		textFeatures(titles[m], titleCounts, new Map());
		for (const feature of titleCounts.keys()) inTitles.set(feature, (inTitles.get(feature) ?? 0) + 1);
	}
	const memberText = inCluster.map((m) => `${titles[m]}\n${abstracts[m]}`.toLowerCase().replace(/\s+/g, ' ')).join('\n');
	const sharedSet = new Set(shared);
	const scored = [...weight]
		.filter(([t]) => inCluster.length === 1 || sharedSet.has(t))
		.map(([t, w]) => {
			const coverage = docs.get(t)! / inCluster.length;
			const rarity = Math.log(1 + k / clustersWith.get(t)!.size);
			const pair = space.vocabulary[t].includes(' ') ? 2 : 1;
			// Participles ("occluded", "trained") describe rather than name a subject.
			const participle = /(?:ed|ing)$/.test(space.labels[t]) ? 0.5 : 1;
			const titled = 1 + (inTitles.get(space.vocabulary[t]) ?? 0) / inCluster.length;
			return { t, score: w * coverage * rarity * pair * participle * titled };
		})
		.sort((a, b) => b.score - a.score || a.t - b.t);
	// A pair replaces its words already chosen ("depth" → "depth estimation"); a word inside a chosen pair is skipped.
	const chosen: { feature: string; label: string }[] = [];
	for (const { t } of scored) {
		if (chosen.length === LABEL_TERMS) break;
		const feature = space.vocabulary[t];
		const parts = feature.split(' ');
		if (parts.length === 1 && chosen.some((c) => c.feature.split(' ').includes(feature))) continue;
		const entry = { feature, label: space.labels[t] };
		// Chained pairs become one phrase when the papers write it: "monocular depth" + "depth
		// estimation" → "monocular depth estimation".
		const written = (joined: { label: string }) => memberText.includes(joined.label.toLowerCase());
		const chain = parts.length > 1 ? chosen.findIndex((c) => chains(c.feature, feature) && written(joinChain(c, entry))) : -1;
		if (chain >= 0) {
			chosen[chain] = joinChain(chosen[chain], entry);
			continue;
		}
		const before = parts.length > 1 ? chosen.findIndex((c) => chains(feature, c.feature) && written(joinChain(entry, c))) : -1;
		if (before >= 0) {
			chosen[before] = joinChain(entry, chosen[before]);
			continue;
		}
		const replaced = chosen.findIndex((c) => parts.length > 1 && parts.includes(c.feature));
		if (replaced >= 0) {
			chosen[replaced] = entry;
			for (let i = chosen.length - 1; i > replaced; i--) if (parts.includes(chosen[i].feature)) chosen.splice(i, 1);
		} else chosen.push(entry);
	}
	return chosen.map((c) => c.label);
}

/** True when phrase `a` ends with the word phrase `b` starts with ("monocular depth", "depth estimation"). */
function chains(a: string, b: string): boolean {
	const left = a.split(' ');
	const right = b.split(' ');
	return left.length > 1 && right.length > 1 && left.at(-1) === right[0] && !right.slice(1).some((w) => left.includes(w));
}

function joinChain(a: { feature: string; label: string }, b: { feature: string; label: string }) {
	return {
		feature: [...a.feature.split(' '), ...b.feature.split(' ').slice(1)].join(' '),
		label: [...a.label.split(' '), ...b.label.split(' ').slice(1)].join(' '),
	};
}

/**
 * The first term, and unless it is already a phrase of three or more words, the next one
 * sharing no word with it ("offline RL", not "offline reinforcement").
 */
function titleTerms(terms: string[]): string[] {
	if (terms.length === 0) return [];
	if (terms[0].split(/\s+/).length >= 3) return [terms[0]];
	const words = (term: string) => term.toLowerCase().split(/\s+/).map(stemWord);
	const first = words(terms[0]);
	const second = terms.slice(1).find((term) => !words(term).some((w) => first.includes(w)));
	return second ? [terms[0], second] : [terms[0]];
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
