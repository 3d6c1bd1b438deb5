/**
 * The related-paper search's exact score of a candidate (`related.ts`): the dot product of two
 * sparse vectors, each shared term weighed by its rank. A paper scores its whole shortlist
 * against its own vector, so its vector is spread once into a dense array by term
 * (`SpreadVector`) and each candidate's terms are looked up in it, instead of walking both
 * term lists side by side for every candidate, a branch the processor mostly mispredicts.
 */
import type { SparseVector } from './vector-space.ts';

/**
 * The dot product of two vectors, each shared term weighed by its `rank`: the definition,
 * walking both sorted term lists side by side.
 */
export function rankedDot(a: SparseVector, b: SparseVector, rank: Float32Array): number {
	let sum = 0;
	for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
		if (a.terms[i] === b.terms[j]) sum += a.weights[i]! * b.weights[j++]! * rank[a.terms[i++]!]!;
		else if (a.terms[i]! < b.terms[j]!) i++;
		else j++;
	}
	return sum;
}

/**
 * One vector at a time held as a dense array over the vocabulary, for `dot`s against many:
 * `dot(b)` equals `rankedDot(held, b, rank)` bit for bit, as it adds the same products, in
 * the same (term) order, to the same running sum; a term the held vector lacks reads 0 and
 * is skipped.
 */
export class SpreadVector {
	private readonly dense: Float64Array;
	private readonly rank: Float32Array;
	private held: SparseVector | undefined;

	/** For vectors over `vocabularySize` terms, each term weighed by its `rank`. */
	constructor(vocabularySize: number, rank: Float32Array) {
		this.dense = new Float64Array(vocabularySize);
		this.rank = rank;
	}

	/** Holds `vector` in place of the one held before. */
	hold(vector: SparseVector): void {
		const { dense } = this;
		if (this.held) for (const term of this.held.terms) dense[term] = 0;
		for (let t = 0; t < vector.terms.length; t++) dense[vector.terms[t]!] = vector.weights[t]!;
		this.held = vector;
	}

	/** `rankedDot(held, b, rank)`. */
	dot(b: SparseVector): number {
		const { dense, rank } = this;
		const { terms, weights } = b;
		let sum = 0;
		for (let j = 0; j < terms.length; j++) {
			const term = terms[j]!;
			const a = dense[term]!;
			if (a !== 0) sum += a * weights[j]! * rank[term]!;
		}
		return sum;
	}
}
