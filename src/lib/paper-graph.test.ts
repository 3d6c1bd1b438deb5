import { describe, expect, it } from 'vitest';
import { buildPaperGraph, topicColour, TOPIC_COLOURS } from './paper-graph.ts';
import { papers } from './fixtures/papers.ts';

const graph = buildPaperGraph(papers, ['meta-rl', 'rl-for-language-tasks', 'games', 'empty']);

describe('buildPaperGraph', () => {
	it('places every paper once, inside the drawing', () => {
		expect(graph.nodes.map((n) => n.id).sort()).toEqual(papers.map((p) => p.id).sort());
		for (const n of graph.nodes) {
			expect(n.x).toBeGreaterThan(0);
			expect(n.y).toBeGreaterThan(0);
			expect(n.x).toBeLessThan(graph.width);
			expect(n.y).toBeLessThan(graph.height);
		}
	});

	it('places nodes and clusters in whole units (the map page writes every coordinate)', () => {
		const numbers = [...graph.nodes.flatMap((n) => [n.x, n.y]), ...graph.clusters.flatMap((c) => [c.x, c.y, c.r]), graph.width, graph.height];
		for (const n of numbers) expect(Number.isInteger(n), String(n)).toBe(true);
	});

	it('makes one cluster per topic that has papers, by first topic', () => {
		expect(graph.clusters.map((c) => [c.topic, c.count])).toEqual([['meta-rl', 2], ['rl-for-language-tasks', 1], ['games', 1]]);
	});

	it('keeps nodes apart', () => {
		for (const a of graph.nodes) for (const b of graph.nodes) {
			if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(5);
		}
	});

	it('links related papers once per pair and adds rare shared entities', () => {
		const pairs = graph.edges.map((e) => `${e.source}~${e.target}:${e.kind}:${e.shared.join('|')}`);
		expect(pairs).toEqual(['cot-max~nlu:related:llama2-7b', 'nlu~ramario:related:ppo']);
	});

	it('links papers sharing a rare entity when no related list does', () => {
		const bare = papers.map((p) => ({ ...p, related: [] }));
		const edges = buildPaperGraph(bare, []).edges.map((e) => `${e.source}~${e.target}:${e.kind}:${e.shared.join('|')}`);
		expect(edges).toEqual(['cot-max~nlu:entity:LLaMA2-7B', 'nlu~ramario:entity:PPO']);
		expect(buildPaperGraph(bare, [], { maxEntityPapers: 1 }).edges).toEqual([]);
	});

	it('counts a paper naming a rare entity twice as one paper', () => {
		const bare = papers.map((p) => ({ ...p, related: [], entities: [...p.entities, ...p.entities] }));
		const edges = buildPaperGraph(bare, []).edges.map((e) => `${e.source}~${e.target}:${e.kind}:${e.shared.join('|')}`);
		expect(edges).toEqual(['cot-max~nlu:entity:LLaMA2-7B', 'nlu~ramario:entity:PPO']);
	});

	it('is deterministic', () => {
		expect(buildPaperGraph([...papers].reverse(), ['meta-rl', 'rl-for-language-tasks', 'games', 'empty'])).toEqual(graph);
	});
});

describe('topicColour', () => {
	it('uses the palette first, then a distinct colour for every further topic', () => {
		expect(topicColour(0)).toBe(TOPIC_COLOURS[0]);
		const colours = Array.from({ length: 60 }, (_, i) => topicColour(i));
		expect(new Set(colours).size).toBe(60);
		expect(topicColour(TOPIC_COLOURS.length)).toMatch(/^hsl\(/);
	});
});
