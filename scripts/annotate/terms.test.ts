import { describe, expect, it } from 'vitest';
import { dot, stemWord, tokenize, vectorize } from './terms.ts';

describe('stemWord', () => {
	it('stems British and American spellings and plurals to one form', () => {
		expect(stemWord('generalisation')).toBe(stemWord('generalization'));
		expect(stemWord('policies')).toBe(stemWord('policy'));
		expect(stemWord('zero-shot')).toBe('zero-shot');
	});
});

describe('tokenize', () => {
	it('keeps hyphenated compounds whole, marks stopwords and folds acronym plurals', () => {
		const tokens = tokenize('We propose in-context RL for LLMs and an LLM.');
		expect(tokens.map((t) => [t.word, t.stop])).toEqual([
			['we', true], ['propose', true], ['in-context', false], ['rl', false], ['for', true],
			['llm', false], ['and', true], ['an', true], ['llm', false],
		]);
	});

	it('records character offsets into the original text and skips URLs', () => {
		const text = 'See https://github.com/x/y for Reptile.';
		const tokens = tokenize(text);
		expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['See', 'for', 'Reptile']);
	});
});

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
