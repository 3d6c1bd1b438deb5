import { describe, expect, it } from 'vitest';
import { describeDerivedTopic, describeNamedTopic, nameDerivedTopic, titleTerms } from './topic-naming.ts';

describe('titleTerms', () => {
	it('takes the first term and the next one sharing no word with it', () => {
		expect(titleTerms(['offline RL', 'offline reinforcement', 'benchmarks'])).toEqual(['offline RL', 'benchmarks']);
	});

	it('compares stemmed words', () => {
		expect(titleTerms(['object detection', 'detecting objects', 'anchors'])).toEqual(['object detection', 'anchors']);
	});

	it('keeps a phrase of three or more words alone', () => {
		expect(titleTerms(['monocular depth estimation', 'video'])).toEqual(['monocular depth estimation']);
	});

	it('handles no terms and no second term', () => {
		expect(titleTerms([])).toEqual([]);
		expect(titleTerms(['tracking', 'tracked'])).toEqual(['tracking']);
	});
});

describe('nameDerivedTopic', () => {
	it('capitalises the title and slugifies the id', () => {
		expect(nameDerivedTopic(['object detection', 'bounding box', 'anchors'], new Set())).toEqual({
			id: 'object-detection-bounding-box',
			title: 'Object detection, bounding box',
		});
	});

	it('avoids reserved ids with a counter and reserves the id it takes', () => {
		const reserved = new Set(['tracking-video']);
		expect(nameDerivedTopic(['tracking', 'video'], reserved).id).toBe('tracking-video-2');
		expect(nameDerivedTopic(['tracking', 'video'], reserved).id).toBe('tracking-video-3');
		expect(reserved).toEqual(new Set(['tracking-video', 'tracking-video-2', 'tracking-video-3']));
	});

	it('calls a topic without terms "Other papers"', () => {
		expect(nameDerivedTopic([], new Set())).toEqual({ id: 'other-papers', title: 'Other papers' });
	});
});

describe('describeDerivedTopic', () => {
	it('says the topic was derived, counts its papers and lists its terms', () => {
		expect(describeDerivedTopic(3, ['depth', 'video'])).toBe(
			'Derived from this collection, not from the taxonomy: 3 papers grouped by the words they share. Top terms: depth, video.',
		);
		expect(describeDerivedTopic(1, ['depth'])).toContain(': one paper grouped');
	});
});

describe('describeNamedTopic', () => {
	it('says the papers are grouped by the phrase that names the topic, not by the words they share', () => {
		expect(describeNamedTopic(2, ['world models', 'video generation'])).toBe(
			'Derived from this collection, not from the taxonomy: 2 papers grouped by a phrase they share, the topic’s name. Top terms: world models, video generation.',
		);
	});
});
