import { describe, expect, it } from 'vitest';
import { chains, clusterKeyphrases, joinChain } from './cluster-keyphrases.ts';
import { compactSpace } from './cluster-space.ts';
import { vectorize } from './vector-space.ts';

const docs = [
	{ title: 'Monocular depth estimation with transformers', abstract: 'We study monocular depth estimation from single images.' },
	{ title: 'Self-supervised monocular depth estimation', abstract: 'Monocular depth estimation from video without labels.' },
	{ title: 'Object tracking in video', abstract: 'We track objects across video frames with motion cues.' },
	{ title: 'Multi-object tracking by detection', abstract: 'Object tracking associates detections across frames.' },
];
const members = [0, 1, 2, 3];
const labels = [0, 0, 1, 1];

describe('clusterKeyphrases', () => {
	const space = vectorize(docs);
	const { shared } = compactSpace(space, members);
	const [depth, tracking] = clusterKeyphrases({ space, members, labels, shared, docs }, [0, 1]);

	it('names each cluster after the phrases its papers share, best first', () => {
		expect(depth[0].toLowerCase()).toContain('depth');
		expect(tracking.join(' ').toLowerCase()).toContain('track');
		expect(depth.length).toBeLessThanOrEqual(6);
		expect(tracking.length).toBeLessThanOrEqual(6);
	});

	it('joins chained pairs into the phrase the papers write', () => {
		expect(depth).toContain('monocular depth estimation');
		expect(depth).not.toContain('monocular depth');
		expect(depth).not.toContain('depth estimation');
	});

	it('skips words already inside a chosen phrase', () => {
		for (const terms of [depth, tracking]) {
			const pairs = terms.filter((t) => t.includes(' ')).flatMap((t) => t.toLowerCase().split(' '));
			for (const word of terms.filter((t) => !t.includes(' '))) expect(pairs).not.toContain(word.toLowerCase());
		}
	});

	it('returns lists in the order the clusters are asked for', () => {
		expect(clusterKeyphrases({ space, members, labels, shared, docs }, [1, 0])).toEqual([tracking, depth]);
	});

	it('uses every feature of a cluster of one', () => {
		const [only] = clusterKeyphrases({ space, members: [2], labels: [0], shared: compactSpace(space, [2]).shared, docs }, [0]);
		expect(only.length).toBeGreaterThan(0);
	});
});

describe('chains', () => {
	it('is true when the first phrase ends with the word the second starts with', () => {
		expect(chains('monocular depth', 'depth estim')).toBe(true);
		expect(chains('depth estim', 'monocular depth')).toBe(false);
		expect(chains('depth', 'depth estim')).toBe(false);
		expect(chains('object detect', 'detect object')).toBe(false);
	});
});

describe('joinChain', () => {
	it('writes the shared word once, in both the feature and the label', () => {
		expect(joinChain({ feature: 'monocular depth', label: 'monocular depth' }, { feature: 'depth estim', label: 'depth estimation' })).toEqual({
			feature: 'monocular depth estim',
			label: 'monocular depth estimation',
		});
	});
});
