/**
 * Sparse, L2-normalised TF-IDF vectors over a whole collection, from the text features of
 * `terms.ts` (title counted twice) plus keyed extras such as shared entities: what related
 * papers and derived topics compare papers by.
 */
import { textFeatures } from './terms.ts';
import type { TextFeatureTable } from './text-feature-table.ts';

/** A document as a sparse, L2-normalised TF-IDF vector: parallel arrays sorted by term id. */
export interface SparseVector {
	terms: Int32Array;
	weights: Float32Array;
}

/** A collection vectorised: one vector per document plus the shared vocabulary. */
export interface VectorSpace {
	vectors: SparseVector[];
	/** Feature string of each term id. */
	vocabulary: string[];
	/** Number of documents containing each term id. */
	df: Int32Array;
	/** Most frequent written form of each term id, for labels and explanations. */
	labels: string[];
}

/** What a document contributes: its text, and extra keyed features such as entity ids. */
export interface FeatureDocument {
	title: string;
	abstract: string;
	/** Extra features (e.g. `entity:method/icpl`) with their label and a weight multiplier. */
	extra?: { key: string; label: string; boost: number }[];
}

function documentTextFeatures(doc: { title: string; abstract: string }) {
	const counts = new Map<string, number>();
	const forms = new Map<string, string>();
	textFeatures(doc.title, counts, forms, 2);
	textFeatures(doc.abstract, counts, forms, 1);
	return { counts, forms };
}

/** How `vectorize` weighs and numbers terms, where a caller needs other than the defaults. */
export interface VectorizeOptions {
	/** A term's idf from its document frequency and the number of documents (default `ln((N + 1) / df)`). */
	idf?: (df: number, n: number) => number;
	/**
	 * Number the terms by the terms alone (`stableTermOrder`) rather than by the first document
	 * that has each: two terms then keep their order whatever other documents hold, so sums over
	 * a document's terms and ties between them come out the same in another collection.
	 */
	stableIds?: boolean;
	/**
	 * The documents whose vectors the caller reads (indices into `docs`); every other document
	 * still counts towards each term's document frequency and label, but gets an empty vector.
	 * Derived topics cluster only the papers the taxonomy left without a topic, over the whole
	 * collection's weights.
	 */
	only?: readonly number[];
}

const EMPTY: SparseVector = { terms: new Int32Array(0), weights: new Float32Array(0) };

/**
 * TF-IDF over title (counted twice) and abstract: `(1 + ln tf) × ln((N + 1) / df)` (or the
 * `idf` given), extras multiplied by their boost, each vector L2-normalised.
 */
export function vectorize(docs: readonly FeatureDocument[], text?: TextFeatureTable, options: VectorizeOptions = {}): VectorSpace {
	const ids = new Map<string, number>();
	const vocabulary: string[] = [];
	// Per term, the forms papers write it in with their votes: most terms have one form, so
	// a map is made only when a second appears.
	const onlyForm: string[] = [];
	const onlyFormVotes: number[] = [];
	const formVotes: (Map<string, number> | undefined)[] = [];
	const dfCounts: number[] = [];
	const wanted = options.only ? new Uint8Array(docs.length) : null;
	for (const index of options.only ?? []) wanted![index] = 1;
	// Table feature id → term id here, so shared text features need no string lookups.
	const fromTable = text ? new Int32Array(text.features.length).fill(-1) : null;
	const termId = (feature: string) => {
		let id = ids.get(feature);
		if (id === undefined) {
			id = vocabulary.length;
			ids.set(feature, id);
			vocabulary.push(feature);
			onlyForm.push('');
			onlyFormVotes.push(0);
			formVotes.push(undefined);
			dfCounts.push(0);
		}
		return id;
	};
	const raw = docs.map((doc, index) => {
		// Parallel lists rather than a pair per feature: allocating the pairs was most of vectorising.
		const termIds: number[] = [];
		const termCounts: number[] = [];
		const keep = !wanted || wanted[index] === 1;
		const add = (id: number, count: number, form: string) => {
			dfCounts[id]++;
			// A label is the form most papers write the feature in (each paper votes once).
			const votes = formVotes[id];
			if (votes) votes.set(form, (votes.get(form) ?? 0) + 1);
			else if (onlyFormVotes[id] === 0 || onlyForm[id] === form) {
				onlyForm[id] = form;
				onlyFormVotes[id]++;
			} else formVotes[id] = new Map([[onlyForm[id]!, onlyFormVotes[id]!], [form, 1]]);
			if (!keep) return;
			termIds.push(id);
			termCounts.push(count);
		};
		// An extra replaces a text feature of the same key in place (count 1, its label); the
		// last of repeated extras gives the label.
		const extras = doc.extra?.length ? new Map(doc.extra.map((extra) => [extra.key, extra])) : null;
		const replaced = new Set<string>();
		if (text && fromTable) {
			const features = text.docs[index]!;
			for (let i = 0; i < features.ids.length; i++) {
				const tableId = features.ids[i]!;
				const feature = text.features[tableId]!;
				const extra = extras?.get(feature);
				if (extra) replaced.add(feature);
				let id = fromTable[tableId]!;
				if (id < 0) id = fromTable[tableId] = termId(feature);
				add(id, extra ? 1 : features.counts[i]!, extra ? extra.label : text.forms[features.forms[i]!]!);
			}
		} else {
			const { counts, forms } = documentTextFeatures(doc);
			for (const [feature, count] of counts) {
				const extra = extras?.get(feature);
				if (extra) replaced.add(feature);
				add(termId(feature), extra ? 1 : count, extra ? extra.label : forms.get(feature)!);
			}
		}
		for (const [key, extra] of extras ?? []) if (!replaced.has(key)) add(termId(key), 1, extra.label);
		const boosts = new Map<number, number>();
		if (keep) for (const extra of doc.extra ?? []) boosts.set(ids.get(extra.key)!, extra.boost);
		return { termIds, termCounts, boosts: boosts as Map<number, number>, keep };
	});
	const n = docs.length;
	const labelOf = (forms: Map<string, number> | undefined, id: number) => {
		if (!forms) return onlyForm[id]!;
		let best = '';
		let bestCount = -1;
		for (const [form, count] of forms) {
			if (count > bestCount || (count === bestCount && form < best)) [best, bestCount] = [form, count];
		}
		return best;
	};
	let labels = formVotes.map(labelOf);
	const idfOf = options.idf ?? ((df: number, count: number) => Math.log((count + 1) / df));
	if (options.stableIds) {
		// Common terms first, as when numbered by first appearance: the search reads their postings most.
		const order = stableTermOrder(vocabulary, Float64Array.from(dfCounts, (df) => idfOf(df, n)));
		const renumbered = new Int32Array(order.length);
		order.forEach((id, at) => (renumbered[id] = at));
		for (const doc of raw) {
			for (let i = 0; i < doc.termIds.length; i++) doc.termIds[i] = renumbered[doc.termIds[i]!]!;
			doc.boosts = new Map([...doc.boosts].map(([id, boost]) => [renumbered[id]!, boost]));
		}
		const [oldVocabulary, oldDf, oldLabels] = [vocabulary.slice(), dfCounts.slice(), labels];
		order.forEach((id, at) => {
			vocabulary[at] = oldVocabulary[id]!;
			dfCounts[at] = oldDf[id]!;
		});
		labels = Array.from(order, (id) => oldLabels[id]!);
	}
	// Per term, worked out once rather than for every paper that has it (the same value).
	const idf = Float64Array.from(dfCounts, (df) => idfOf(df, n));
	// A document's count of each of its terms, by term id: a document has each term once, so
	// its terms sort as plain numbers, with no comparator and no index array.
	const countOf = new Float64Array(vocabulary.length);
	// Likewise each term's boost, 1 unless the document has it as an extra (reset after each).
	const boostOf = new Float64Array(vocabulary.length).fill(1);
	const vectors = raw.map(({ termIds, termCounts, boosts, keep }) => {
		if (!keep) return EMPTY;
		for (let i = 0; i < termIds.length; i++) countOf[termIds[i]!] = termCounts[i]!;
		for (const [id, boost] of boosts) boostOf[id] = boost;
		const terms = Int32Array.from(termIds).sort();
		const weights = normalisedWeights(terms, countOf, idf, boostOf);
		for (const id of boosts.keys()) boostOf[id] = 1;
		return { terms, weights };
	});
	return { vectors, vocabulary, df: Int32Array.from(dfCounts), labels };
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
	let h = seed;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/**
 * Term ids in an order fixed by the terms themselves: by `group` (lowest first), then by their
 * hash (`fnv1a`), equal hashes by the text. Each group is sorted as numbers in a typed array
 * (hash above position), not with a comparator.
 *
 * @example stableTermOrder(['b', 'a', 'c'], [1, 0, 0]) // [1, 2, 0] or [2, 1, 0] (by hash), never by position
 */
export function stableTermOrder(terms: readonly string[], group: ArrayLike<number>): Int32Array {
	const hashes = Uint32Array.from(terms, (term) => fnv1a(term));
	const byHash = (a: number, b: number) => hashes[a]! - hashes[b]! || (terms[a]! < terms[b]! ? -1 : 1);
	const groups = new Map<number, number[]>();
	for (let id = 0; id < terms.length; id++) {
		const members = groups.get(group[id]!);
		if (members) members.push(id);
		else groups.set(group[id]!, [id]);
	}
	const order = new Int32Array(terms.length);
	let at = 0;
	for (const value of [...groups.keys()].sort((a, b) => a - b)) {
		const members = groups.get(value)!;
		if (terms.length >= 2 ** 21) members.sort(byHash);
		else {
			const keys = Float64Array.from(members, (id) => hashes[id]! * 2 ** 21 + id).sort();
			for (let i = 0; i < keys.length; i++) members[i] = keys[i]! % 2 ** 21;
			// Equal hashes sit side by side: put each such run in the order of its text.
			for (let start = 0; start < members.length; ) {
				let end = start + 1;
				while (end < members.length && hashes[members[end]!] === hashes[members[start]!]) end++;
				if (end - start > 1) members.splice(start, end - start, ...members.slice(start, end).sort(byHash));
				start = end;
			}
		}
		order.set(members, at);
		at += members.length;
	}
	return order;
}

/** Dot product of two sparse vectors (both sorted by term id). */
export function dot(a: SparseVector, b: SparseVector): number {
	let sum = 0;
	for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
		if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
		else if (a.terms[i] < b.terms[j]) i++;
		else j++;
	}
	return sum;
}

/**
 * A vector's L2-normalised weights: for each of `terms` (term ids, sorted), (1 + ln count) × idf ×
 * boost, read by id from `countOf`, `idf` and `boostOf`. `vectorize` and the kept space's patch
 * (`kept-vector-space.ts`) both weigh with it, so a patched vector is the same to the last bit.
 *
 * @example normalisedWeights(Int32Array.of(0), Float64Array.of(1), Float64Array.of(2), Float64Array.of(1)) // Float32Array [1]
 */
export function normalisedWeights(terms: Int32Array, countOf: Float64Array, idf: Float64Array, boostOf: Float64Array): Float32Array {
	const weights = new Float32Array(terms.length);
	let norm = 0;
	for (let i = 0; i < terms.length; i++) {
		const id = terms[i]!;
		const w = (1 + Math.log(countOf[id]!)) * idf[id]! * boostOf[id]!;
		weights[i] = w;
		norm += w * w;
	}
	norm = Math.sqrt(norm) || 1;
	for (let i = 0; i < weights.length; i++) weights[i] /= norm;
	return weights;
}
