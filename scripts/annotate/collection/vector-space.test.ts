import { describe, expect, it } from 'vitest';
import { collectTextFeatures } from './text-feature-table.ts';
import { dot, vectorize } from './vector-space.ts';

describe('vectorize', () => {
	const space = vectorize([
		{ title: 'Offline RL', abstract: 'Offline reinforcement learning from fixed data.' },
		{ title: 'Offline RL theory', abstract: 'Pessimism in offline reinforcement learning.' },
		{ title: 'Image segmentation', abstract: 'Segmenting images into regions.', extra: [{ key: 'entity:dataset/coco', label: 'COCO', boost: 2 }] },
	]);

	it('builds unit-length vectors with word pairs as features', () => {
		for (const vector of space.vectors) {
			const norm = Math.sqrt(vector.weights.reduce((s, w) => s + w * w, 0));
			expect(norm).toBeCloseTo(1, 5);
		}
		expect(space.vocabulary).toContain('offlin rl');
		expect(space.vocabulary).toContain('entity:dataset/coco');
		expect(space.labels[space.vocabulary.indexOf('offlin rl')]).toBe('offline RL');
	});

	it('makes papers on the same subject closer than papers on different ones', () => {
		const [a, b, c] = space.vectors;
		expect(dot(a, b)).toBeGreaterThan(0.2);
		expect(dot(a, c)).toBe(0);
	});
});

describe('collectTextFeatures', () => {
	const docs = [
		{ title: 'Offline RL', abstract: 'Offline reinforcement learning from fixed data. Offline RL again; LLMs and an LLM.' },
		{ title: 'Image Segmentation', abstract: 'Segmenting images into regions with reinforcement learning.', extra: [{ key: 'entity:dataset/coco', label: 'COCO', boost: 2 }] },
		{ title: 'Zero-shot RL', abstract: 'Zero-shot reinforcement learning: see https://example.org/zero for code.', extra: [{ key: 'entity:method/fb', label: 'FB', boost: 2 }, { key: 'entity:method/fb', label: 'FB again', boost: 3 }] },
		// An extra with the key of a text feature replaces it in place.
		{ title: 'Offline learning', abstract: 'Reinforcement learning offline.', extra: [{ key: 'reinforc learn', label: 'RL', boost: 3 }, { key: 'entity:x/y', label: 'Y', boost: 2 }] },
	];

	it('gives vectorize exactly the space it builds from the texts itself, extras included', () => {
		const text = collectTextFeatures(docs);
		const space = vectorize(docs, text);
		expect(space).toEqual(vectorize(docs));
		const pair = space.vocabulary.indexOf('reinforc learn');
		expect(space.labels[pair]).toBe('reinforcement learning');
		expect(space.df[pair]).toBe(4);
		const plain = docs.map(({ title, abstract }) => ({ title, abstract }));
		expect(vectorize(plain, text)).toEqual(vectorize(plain));
	});

	it('stores each distinct feature string once for the whole collection', () => {
		const text = collectTextFeatures(docs);
		expect(new Set(text.features).size).toBe(text.features.length);
		expect(text.features).toContain('reinforc learn');
		expect(text.docs.filter((d) => [...d.ids].includes(text.features.indexOf('reinforc learn')))).toHaveLength(4);
	});
});

describe('vectorize with only', () => {
	const docs = [
		{ title: 'Offline RL', abstract: 'Offline reinforcement learning from fixed data.' },
		{ title: 'Image segmentation', abstract: 'Segmenting images into regions with offline data.', extra: [{ key: 'entity:dataset/coco', label: 'COCO', boost: 2 }] },
		{ title: 'Offline RL theory', abstract: 'Pessimism in offline reinforcement learning.', extra: [{ key: 'entity:dataset/coco', label: 'MS COCO', boost: 3 }] },
	];

	it('gives the chosen documents the vectors of the whole space, the others none, with the same counts and labels', () => {
		for (const options of [{}, { stableIds: true }]) {
			const whole = vectorize(docs, collectTextFeatures(docs), options);
			const some = vectorize(docs, collectTextFeatures(docs), { ...options, only: [2] });
			expect(some.vectors[2]).toEqual(whole.vectors[2]);
			expect(some.vectors[0]!.terms).toHaveLength(0);
			expect(some.vectors[1]!.terms).toHaveLength(0);
			expect({ ...some, vectors: [] }).toEqual({ ...whole, vectors: [] });
		}
	});
});

describe('vectorize with stableIds', () => {
	const docs = [
		{ title: 'Offline RL', abstract: 'Offline reinforcement learning from fixed data.' },
		{ title: 'Image segmentation', abstract: 'Segmenting images into regions with offline data.' },
		{ title: 'Offline RL theory', abstract: 'Pessimism in offline reinforcement learning.' },
	];

	it('numbers the terms the same way whichever document has them first', () => {
		const forward = vectorize(docs, undefined, { stableIds: true });
		const backward = vectorize([...docs].reverse(), undefined, { stableIds: true });
		expect(backward.vocabulary).toEqual(forward.vocabulary);
		expect(backward.vectors.reverse()).toEqual(forward.vectors);
		// Without it, the first document's terms come first.
		expect(vectorize([...docs].reverse()).vocabulary).not.toEqual(vectorize(docs).vocabulary);
	});

	it('puts common terms (lowest idf) first', () => {
		const { vocabulary, df } = vectorize(docs, undefined, { stableIds: true });
		expect(vocabulary[0]).toBe('offlin');
		expect([...df].every((count, id) => id === 0 || count <= df[id - 1]!)).toBe(true);
	});
});
