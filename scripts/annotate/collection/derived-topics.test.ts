import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from '../../ingest/hf-page.ts';
import { deriveTopics } from './derived-topics.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const vision = parseHfPapersPage(read('../fixtures/computer-vision/hf-papers-computer-vision.txt'), 'hf-papers-computer-vision.txt').papers;
const seed = parseHfPapersPage(read('../../../content/sources/hf-papers-few-shot-rl.txt'), 'hf-papers-few-shot-rl.txt').papers;

describe('deriveTopics', () => {
	const result = deriveTopics(vision);
	const topicsOf = (title: string) => result.assignments[vision.findIndex((p) => p.title === title)].map((a) => result.topics.find((t) => t.id === a.id)!);

	it('gives every paper of a listing from another field 1–3 derived topics', () => {
		expect(vision).toHaveLength(16);
		for (const list of result.assignments) {
			expect(list.length).toBeGreaterThanOrEqual(1);
			expect(list.length).toBeLessThanOrEqual(3);
		}
		expect(result.topics.length).toBeGreaterThanOrEqual(3);
		expect(result.topics.every((t) => t.derived)).toBe(true);
	});

	it('names topics after the subjects papers share', () => {
		expect(topicsOf('Sparse Query Detectors: End-to-End Object Detection with Learnable Anchor Queries')[0].title).toMatch(/object detect/i);
		expect(topicsOf('Weakly Supervised Semantic Segmentation from Image-Level Labels with Affinity Refinement')[0].title).toMatch(/segmentation/i);
		expect(topicsOf('Consistency Distillation for Fast Text-to-Image Diffusion Sampling')[0].title).toMatch(/diffusion/i);
		expect(topicsOf('Multi-Object Tracking by Detection with Motion-Aware Association')[0].title).toMatch(/tracking/i);
		expect(topicsOf('Contrastive Visual Representation Learning with Hard Negative Mixing')[0].title).toMatch(/representation|contrastive/i);
		expect(topicsOf('Self-Supervised Depth Estimation from Monocular Video with Dynamic Object Masking')[0].title).toMatch(/depth estimation/i);
	});

	it('puts papers on the same subject together', () => {
		const first = (title: string) => topicsOf(title)[0].id;
		expect(first('Real-Time Object Detection on Edge Devices with Dynamic Feature Pyramids')).toBe(
			first('Open-Vocabulary Object Detection by Aligning Region Features with Image-Text Embeddings'),
		);
		expect(first('Tracking Any Point in Video with Temporal Transformers')).toBe(first('Multi-Object Tracking by Detection with Motion-Aware Association'));
		expect(first('Scalable Diffusion Transformers for High-Resolution Image Generation')).not.toBe(first('Masked Attention Transformers for Universal Image Segmentation'));
		expect(first('Monocular Depth Estimation with Vision Transformers and Scale-Aware Training')).toBe(
			first('Self-Supervised Depth Estimation from Monocular Video with Dynamic Object Masking'),
		);
		expect(first('Monocular Depth Estimation with Vision Transformers and Scale-Aware Training')).not.toBe(
			first('Consistency Distillation for Fast Text-to-Image Diffusion Sampling'),
		);
	});

	it('joins word pairs into the longer phrase papers actually write, and only then', () => {
		const titles = result.topics.map((t) => t.title);
		expect(titles).toContain('Monocular depth estimation');
		for (const topic of result.topics) {
			for (const term of topic.terms) {
				if (term.split(' ').length < 3) continue;
				const text = vision.map((p) => `${p.title} ${p.abstract}`.toLowerCase()).join('\n');
				expect(text).toContain(term.toLowerCase());
			}
		}
	});

	it('says in each description that the topic was derived and lists its top terms', () => {
		for (const topic of result.topics) {
			expect(topic.description).toMatch(/^Derived from this collection, not from the taxonomy/);
			expect(topic.terms.length).toBeGreaterThanOrEqual(3);
			expect(topic.description).toContain(`Top terms: ${topic.terms.join(', ')}.`);
			expect(topic.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		}
		expect(new Set(result.topics.map((t) => t.id)).size).toBe(result.topics.length);
	});

	it('counts in each description every paper the topic is assigned to, not only those it is first for', () => {
		for (const { papers, topics, assignments } of [
			{ papers: vision, ...result },
			{ papers: seed, ...deriveTopics(seed) },
		]) {
			for (const topic of topics) {
				const count = papers.filter((_, i) => assignments[i].some((a) => a.id === topic.id)).length;
				expect(topic.description).toContain(`: ${count === 1 ? 'one paper' : `${count} papers`} grouped`);
			}
		}
		expect(result.assignments.some((list) => list.length > 1)).toBe(true);
	});

	it('clusters only the papers asked for, avoiding reserved ids, and is deterministic', () => {
		const only = [3, 7, 20, 31];
		const partial = deriveTopics(seed, { only, reservedIds: ['offline-rl'] });
		seed.forEach((_, i) => expect(partial.assignments[i].length > 0).toBe(only.includes(i)));
		expect(partial.topics.map((t) => t.id)).not.toContain('offline-rl');
		expect(deriveTopics(seed, { only, reservedIds: ['offline-rl'] })).toEqual(partial);
	});

	it('handles a single paper and an empty selection', () => {
		const one = deriveTopics(vision.slice(0, 1));
		expect(one.topics).toHaveLength(1);
		expect(one.assignments[0]).toEqual([{ id: one.topics[0].id, score: expect.any(Number) }]);
		expect(deriveTopics(vision, { only: [] })).toEqual({ topics: [], assignments: vision.map(() => []) });
	});
});
