/**
 * Keyphrases naming each cluster of papers: a class-based TF-IDF over the stemmed words and
 * word pairs of `terms.ts` — frequent in the cluster, rare in the others — preferring pairs
 * over their words, words the titles use, and phrases the papers actually write.
 */
import { clusterCountOf } from './kmeans.ts';
import { textFeatures } from './terms.ts';
import type { VectorSpace } from './vector-space.ts';

/** Most keyphrases per cluster. */
const LABEL_TERMS = 6;

/** What `clusterKeyphrases` needs to know about a clustering. */
export interface KeyphraseInput {
	/** The whole collection vectorised (`vectorize` in `vector-space.ts`). */
	space: VectorSpace;
	/** Indices (into `space.vectors` and `docs`) of the clustered papers. */
	members: readonly number[];
	/** Cluster label per member, `0 … c-1`. */
	labels: readonly number[];
	/** Term ids at least two members share (`compactSpace`). */
	shared: readonly number[];
	/** Title and abstract of every paper of the collection. */
	docs: readonly { title: string; abstract: string }[];
}

/**
 * Up to six keyphrases (written forms) per cluster in `clusters`, best first. Features are
 * scored by summed weight in the cluster × the share of its papers using them × rarity among
 * clusters; word pairs are preferred over their words.
 */
export function clusterKeyphrases(input: KeyphraseInput, clusters: readonly number[]): string[][] {
	const { space, members, labels } = input;
	// For each term, the clusters whose papers use it (how distinctive it is of any one cluster).
	const clustersWith = new Map<number, Set<number>>();
	members.forEach((m, i) => {
		for (const t of space.vectors[m].terms) {
			let set = clustersWith.get(t);
			if (!set) clustersWith.set(t, (set = new Set()));
			set.add(labels[i]);
		}
	});
	const k = clusterCountOf(labels);
	return clusters.map((cluster) => keyphrasesOf(cluster, input, k, clustersWith));
}

function keyphrasesOf(cluster: number, input: KeyphraseInput, k: number, clustersWith: Map<number, Set<number>>): string[] {
	const { space, members, labels, shared, docs: papers } = input;
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
		textFeatures(papers[m].title, titleCounts, new Map());
		for (const feature of titleCounts.keys()) inTitles.set(feature, (inTitles.get(feature) ?? 0) + 1);
	}
	const memberText = inCluster.map((m) => `${papers[m].title}\n${papers[m].abstract}`.toLowerCase().replace(/\s+/g, ' ')).join('\n');
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
	const chosen: Phrase[] = [];
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

/** A feature (stemmed words) with the form papers write it in. */
interface Phrase {
	feature: string;
	label: string;
}

/** True when phrase `a` ends with the word phrase `b` starts with ("monocular depth", "depth estimation"). */
export function chains(a: string, b: string): boolean {
	const left = a.split(' ');
	const right = b.split(' ');
	return left.length > 1 && right.length > 1 && left.at(-1) === right[0] && !right.slice(1).some((w) => left.includes(w));
}

/** Two chained phrases as one, their shared word written once ("monocular depth estimation"). */
export function joinChain(a: Phrase, b: Phrase): Phrase {
	return {
		feature: [...a.feature.split(' '), ...b.feature.split(' ').slice(1)].join(' '),
		label: [...a.label.split(' '), ...b.label.split(' ').slice(1)].join(' '),
	};
}
