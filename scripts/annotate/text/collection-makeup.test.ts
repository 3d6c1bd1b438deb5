import { describe, expect, it } from 'vitest';
import { describesCollection } from './collection-makeup.ts';

describe('describesCollection', () => {
	it.each([
		'The benchmark comprises 1,000 diverse trajectories and 8,509 step annotations.',
		'The dataset currently contains 6,000 sessions.',
		'The sample included 105 teachers and 1,663 students from nine schools.',
		'Our training corpus spans 40 languages.',
		'The benchmark is supported by 20K human annotations.',
		'The RoadQA-X benchmark comprises 3,000 questions on traffic law.',
		'RoadQA-X dataset consists of 3,000 questions on traffic law.',
	])('reads what a collection is made of: %s', (sentence) => {
		expect(describesCollection(sentence)).toBe(true);
	});

	it.each([
		'The benchmark reveals that models fail on long tasks.',
		'The dataset was released under an open licence.',
		'This sample is too small to generalise from.',
		'Previous benchmarks contain few long tasks.',
	])('reads nothing into a collection doing or being something else: %s', (sentence) => {
		expect(describesCollection(sentence)).toBe(false);
	});
});
