/**
 * How a kept vector space (`kept-vector-space.ts`) lies in flat typed arrays, so the next build
 * reads it back with V8's deserialiser at the cost of a copy: each paper's part, each term's
 * votes for its written forms, and the vectors, packed by offsets; and the `VectorSpace` the
 * related search reads, made as views of those arrays.
 */
import type { SparseVector, VectorSpace } from './vector-space.ts';

/** A space as the next build reads it back: typed arrays and string lists only (V8-serialisable). */
export interface KeptSpace {
	/** Per paper, the digest of what fixes its part (`partKey`). */
	keys: string[];
	/** Term strings by term number (the order first met; vanished ones stay, with df 0). */
	terms: string[];
	/** Each term's `fnv1a`, by term number. */
	hashes: Uint32Array;
	/** Written forms by number. */
	forms: string[];
	/** Papers holding each term, by term number. */
	df: Int32Array;
	/** Each term's idf, by term number (meaningful where df > 0). */
	idf: Float64Array;
	/** Term t's forms and their votes are `[voteOffsets[t], voteOffsets[t + 1])` of `voteForms`, `voteCounts`. */
	voteOffsets: Int32Array;
	voteForms: Int32Array;
	voteCounts: Int32Array;
	/** Per term number, its label (meaningful where df > 0). */
	labels: string[];
	/** Paper i's part is `[offsets[i], offsets[i + 1])` of `partTerms`, `partCounts`, `partForms`. */
	offsets: Int32Array;
	partTerms: Int32Array;
	partCounts: Float64Array;
	partForms: Int32Array;
	/** Paper i's boosted terms are `[boostOffsets[i], boostOffsets[i + 1])` of `boostTerms`, `boostValues`. */
	boostOffsets: Int32Array;
	boostTerms: Int32Array;
	boostValues: Float64Array;
	/** Term number at each position of the space's vocabulary. */
	order: Int32Array;
	/** Paper i's vector is `[offsets[i], offsets[i + 1])` of `vectorTerms` (positions) and `vectorWeights`. */
	vectorTerms: Int32Array;
	vectorWeights: Float32Array;
	/**
	 * Per paper, its vector's digest as the related search makes it (`vectorDigests`), '' where
	 * not known: kept where neither the vector nor the label of one of its terms changed.
	 */
	digests: string[];
	/**
	 * Per term number, its reason kind as the related search read it (`reasonKinds`), where it was
	 * kept (`kept-reason-kinds.ts`): meaningful where df > 0.
	 */
	kinds?: Uint8Array;
}

/** One paper's part of a space, terms by number. */
export interface Part {
	terms: number[];
	counts: number[];
	forms: number[];
	boosts: Map<number, number>;
}

/** Votes by term, flat: term t's forms and counts are `[voteOffsets[t], voteOffsets[t + 1])`. */
export function packVotes(votes: readonly ReadonlyMap<number, number>[]) {
	const voteOffsets = new Int32Array(votes.length + 1);
	votes.forEach((byForm, term) => (voteOffsets[term + 1] = voteOffsets[term]! + byForm.size));
	const voteForms = new Int32Array(voteOffsets[votes.length]!);
	const voteCounts = new Int32Array(voteOffsets[votes.length]!);
	votes.forEach((byForm, term) => {
		let v = voteOffsets[term]!;
		for (const [form, count] of byForm) {
			voteForms[v] = form;
			voteCounts[v++] = count;
		}
	});
	return { voteOffsets, voteForms, voteCounts };
}

/** The kept votes with those of `changed` terms replaced (terms past the kept ones: new). */
export function patchVotes(old: KeptSpace, changed: ReadonlyMap<number, ReadonlyMap<number, number>>, termCount: number) {
	const voteOffsets = new Int32Array(termCount + 1);
	const sizeOf = (term: number) => changed.get(term)?.size ?? (term < old.df.length ? old.voteOffsets[term + 1]! - old.voteOffsets[term]! : 0);
	for (let term = 0; term < termCount; term++) voteOffsets[term + 1] = voteOffsets[term]! + sizeOf(term);
	const voteForms = new Int32Array(voteOffsets[termCount]!);
	const voteCounts = new Int32Array(voteOffsets[termCount]!);
	const sorted = [...changed.keys()].sort((a, b) => a - b);
	let term = 0;
	for (const next of [...sorted, termCount]) {
		// Terms before `next` are as kept: copied in one run.
		const until = Math.min(next, old.df.length);
		if (term < until) {
			voteForms.set(old.voteForms.subarray(old.voteOffsets[term]!, old.voteOffsets[until]!), voteOffsets[term]);
			voteCounts.set(old.voteCounts.subarray(old.voteOffsets[term]!, old.voteOffsets[until]!), voteOffsets[term]);
		}
		if (next === termCount) break;
		let v = voteOffsets[next]!;
		for (const [form, count] of changed.get(next)!) {
			voteForms[v] = form;
			voteCounts[v++] = count;
		}
		term = next + 1;
	}
	return { voteOffsets, voteForms, voteCounts };
}

/** Paper i's part as the kept arrays hold it. */
export function keptPart(kept: KeptSpace, i: number): Part {
	const from = kept.offsets[i]!;
	const to = kept.offsets[i + 1]!;
	const boosts = new Map<number, number>();
	for (let b = kept.boostOffsets[i]!; b < kept.boostOffsets[i + 1]!; b++) boosts.set(kept.boostTerms[b]!, kept.boostValues[b]!);
	return { terms: Array.from(kept.partTerms.subarray(from, to)), counts: Array.from(kept.partCounts.subarray(from, to)), forms: Array.from(kept.partForms.subarray(from, to)), boosts };
}

/** The parts' arrays, packed; a `null` part is paper i's of `old`, copied in runs. */
export function packParts(parts: readonly (Part | null)[], old?: KeptSpace) {
	const n = parts.length;
	const offsets = new Int32Array(n + 1);
	const boostOffsets = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) {
		const part = parts[i];
		offsets[i + 1] = offsets[i]! + (part ? part.terms.length : old!.offsets[i + 1]! - old!.offsets[i]!);
		boostOffsets[i + 1] = boostOffsets[i]! + (part ? part.boosts.size : old!.boostOffsets[i + 1]! - old!.boostOffsets[i]!);
	}
	const partTerms = new Int32Array(offsets[n]!);
	const partCounts = new Float64Array(offsets[n]!);
	const partForms = new Int32Array(offsets[n]!);
	const boostTerms = new Int32Array(boostOffsets[n]!);
	const boostValues = new Float64Array(boostOffsets[n]!);
	for (let i = 0; i < n; ) {
		const part = parts[i];
		if (part) {
			partTerms.set(part.terms, offsets[i]);
			partCounts.set(part.counts, offsets[i]);
			partForms.set(part.forms, offsets[i]);
			let b = boostOffsets[i]!;
			for (const [term, boost] of part.boosts) {
				boostTerms[b] = term;
				boostValues[b++] = boost;
			}
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n && !parts[j]) j++;
		const [from, to, bFrom, bTo] = [old!.offsets[i]!, old!.offsets[j]!, old!.boostOffsets[i]!, old!.boostOffsets[j]!];
		partTerms.set(old!.partTerms.subarray(from, to), offsets[i]);
		partCounts.set(old!.partCounts.subarray(from, to), offsets[i]);
		partForms.set(old!.partForms.subarray(from, to), offsets[i]);
		boostTerms.set(old!.boostTerms.subarray(bFrom, bTo), boostOffsets[i]);
		boostValues.set(old!.boostValues.subarray(bFrom, bTo), boostOffsets[i]);
		i = j;
	}
	return { offsets, partTerms, partCounts, partForms, boostOffsets, boostTerms, boostValues };
}

/** The `VectorSpace` a kept space holds (vectors as views of its arrays). */
export function spaceOf(kept: KeptSpace): VectorSpace {
	const n = kept.offsets.length - 1;
	const vectors = Array.from({ length: n }, (_, i): SparseVector => ({
		terms: kept.vectorTerms.subarray(kept.offsets[i]!, kept.offsets[i + 1]!),
		weights: kept.vectorWeights.subarray(kept.offsets[i]!, kept.offsets[i + 1]!),
	}));
	return {
		vectors,
		vocabulary: Array.from(kept.order, (term) => kept.terms[term]!),
		df: Int32Array.from(kept.order, (term) => kept.df[term]!),
		labels: Array.from(kept.order, (term) => kept.labels[term]!),
	};
}
