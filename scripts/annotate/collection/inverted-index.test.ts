import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviest, heaviestAmong, heaviestPostings, postingOf, postingTable, topBy, topByWeight } from './inverted-index.ts';
import { vectorize } from './vector-space.ts';

const docs = [
	{ title: 'Zero-shot reinforcement learning', abstract: 'Forward-backward representations for zero-shot reinforcement learning.' },
	{ title: 'Offline reinforcement learning', abstract: 'Conservative value estimates for offline reinforcement learning.' },
	{ title: 'Diffusion models', abstract: 'Score matching trains diffusion models for image generation.' },
	{ title: 'Reinforcement learning from pixels', abstract: 'Learning control from pixels with reinforcement learning.' },
];

describe('topBy', () => {
	it('gives the same best items, in the same order, as sorting them all', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 1, max: 8 }), (values, count) => {
				const items = values.map((_, i) => i);
				const compare = (a: number, b: number) => values[b]! - values[a]! || a - b;
				expect(topBy(items, count, compare)).toEqual([...items].sort(compare).slice(0, count));
			}),
		);
	});
});

describe('topByWeight', () => {
	it('gives what topBy gives for heaviest weight first, lower item first on a tie', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: 0, max: 8 }), fc.boolean(), (values, count, reversed) => {
				const weights = Float64Array.from(values, (v) => v / 4);
				const items = values.map((_, i) => i);
				if (reversed) items.reverse();
				const compare = (a: number, b: number) => weights[b]! - weights[a]! || a - b;
				expect(topByWeight(items, count, weights)).toEqual(count > 0 ? topBy(items, count, compare) : []);
			}),
		);
	});
});

describe('postingTable', () => {
	const space = vectorize(docs);

	it('lists for each term every paper holding it, and nothing for a term of one paper only', () => {
		const table = postingTable(space, 400);
		space.vocabulary.forEach((_, term) => {
			const holders = space.vectors.flatMap((v, doc) => (v.terms.includes(term) ? [doc] : []));
			expect([...postingOf(table, term).docs]).toEqual(space.df[term]! > 1 ? holders : []);
		});
	});

	it('keeps only the heaviest papers of a term past the cap, heaviest first', () => {
		const term = Array.from(space.df).findIndex((df) => df >= 3);
		expect(term).toBeGreaterThanOrEqual(0);
		const posting = postingOf(postingTable(space, 2), term);
		expect(posting.docs.length).toBe(2);
		expect(posting.weights[0]).toBeGreaterThanOrEqual(posting.weights[1]!);
		const weightIn = (doc: number) => space.vectors[doc]!.weights[space.vectors[doc]!.terms.indexOf(term)]!;
		const others = space.vectors.flatMap((v, doc) => (v.terms.includes(term) && !posting.docs.includes(doc) ? [weightIn(doc)] : []));
		for (const weight of others) expect(weight).toBeLessThanOrEqual(posting.weights[1]!);
	});
});

describe('heaviest', () => {
	it("gives the positions of a vector's heaviest terms, heaviest first", () => {
		const vector = vectorize(docs).vectors[0]!;
		const top = heaviest(vector, 3);
		expect(top).toHaveLength(3);
		const weights = top.map((position) => vector.weights[position]!);
		expect(weights).toEqual([...weights].sort((a, b) => b - a));
		expect(Math.min(...weights)).toBeGreaterThanOrEqual(Math.max(...Array.from(vector.weights).filter((_, i) => !top.includes(i))));
	});
});

describe('heaviestAmong', () => {
	it('gives the wanted positions of heaviest, in its order, whatever the ties and the count', () => {
		const weight = fc.oneof(fc.constantFrom(0.25, 0.5), fc.float({ min: Math.fround(1e-6), max: 1, noNaN: true }));
		fc.assert(
			fc.property(fc.array(weight, { maxLength: 120 }), fc.integer({ min: 1, max: 130 }), fc.integer({ min: 1, max: 4 }), (list, count, every) => {
				const vector = { terms: Int32Array.from(list, (_, i) => i * 3), weights: Float32Array.from(list) };
				const wanted = (term: number) => (term / 3) % every === 0;
				expect(heaviestAmong(vector, count, wanted)).toEqual(heaviest(vector, count).filter((position) => wanted(vector.terms[position]!)));
			}),
			{ numRuns: 500 },
		);
	});
});

describe('heaviestPostings', () => {
	const bySorting = (weights: Float32Array, cap: number) =>
		Array.from(weights.keys())
			.sort((a, b) => weights[b]! - weights[a]! || a - b)
			.slice(0, cap);

	it('keeps the heaviest, heaviest first and the earlier first on a tie', () => {
		expect(heaviestPostings(Float32Array.of(0.1, 0.5, 0.5, 0.2), 3)).toEqual([1, 2, 3]);
		expect(heaviestPostings(Float32Array.of(0.3, 0.3, 0.3), 2)).toEqual([0, 1]);
	});

	it('gives the order of a full sort for many weights with ties, near ties and tiny values', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const weights = Float32Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 0.25 : i % 11 === 0 ? 1e-30 : random()));
		expect(heaviestPostings(weights, 400)).toEqual(bySorting(weights, 400));
		expect(heaviestPostings(weights.subarray(1000, 3000), 400)).toEqual(bySorting(weights.subarray(1000, 3000), 400));
	});

	it('gives the order of a full sort whatever the order and ties of the weights, and the cap', () => {
		const weight = fc.oneof(fc.constantFrom(0.25, 0.5, 1e-30), fc.float({ min: Math.fround(1e-6), max: 1, noNaN: true }));
		fc.assert(
			fc.property(fc.array(weight, { maxLength: 600 }), fc.integer({ min: 1, max: 700 }), fc.constantFrom('as is', 'ascending', 'descending'), (list, cap, order) => {
				const sorted = order === 'as is' ? list : [...list].sort((a, b) => (order === 'ascending' ? a - b : b - a));
				const weights = Float32Array.from(sorted);
				expect(heaviestPostings(weights, cap)).toEqual(bySorting(weights, cap));
			}),
			{ numRuns: 300 },
		);
	});

	it('sorts with a comparator what its keys cannot order: a weight of zero', () => {
		const weights = Float32Array.of(0, 0.5, 0, 0.2);
		expect(heaviestPostings(weights, 4)).toEqual(bySorting(weights, 4));
	});
});

describe('postingOf', () => {
	it("gives each term's slice of the flat table, docs and weights in order, capped or not", () => {
		const space = vectorize(docs);
		for (const cap of [1, 2, 400]) {
			const table = postingTable(space, cap);
			expect(table.from.length).toBe(space.vocabulary.length + 1);
			space.vocabulary.forEach((_, term) => {
				const posting = postingOf(table, term);
				expect(posting.docs).toEqual(table.docs.subarray(table.from[term], table.from[term + 1]));
				expect(posting.docs.length).toBe(space.df[term]! > 1 ? Math.min(cap, space.df[term]!) : 0);
				posting.docs.forEach((doc, p) => expect(posting.weights[p]).toBe(space.vectors[doc]!.weights[space.vectors[doc]!.terms.indexOf(term)]));
			});
		}
	});
});
