import { describe, expect, it } from 'vitest';
import { buildMapView, sharedKeyphrase } from './map-view.ts';
import { papers, topics } from './fixtures/papers.ts';

const view = buildMapView(papers, topics);
const phrase = (text: string) => ({ start: 0, end: text.length, text });

describe('buildMapView', () => {
	it('labels each cluster with its topic’s title, in the order of the dots', () => {
		expect(view.clusters.map((c) => [c.topic, c.label, c.nodes.length])).toEqual([
			['meta-rl', 'Few-shot and meta-reinforcement learning', 2],
			['rl-for-language-tasks', 'RL for language generation and understanding', 1],
			['games', 'games · mario · atari', 1],
		]);
		expect(view.clusters.flatMap((c) => c.nodes)).toEqual(view.graph.nodes);
	});

	it('labels papers without a topic by the keyphrase most of them share', () => {
		const bare = papers.map((p, i) => ({ ...p, topics: [], keyphrases: i % 2 ? [phrase('policy gradient')] : [phrase('Policy Gradient'), phrase('games')] }));
		const [cluster] = buildMapView(bare, topics).clusters;
		expect(cluster!.topic).toBe('');
		expect(cluster!.label.toLowerCase()).toBe('policy gradient');
	});

	it('places each label above its cluster, inside the map', () => {
		for (const [i, c] of view.clusters.entries()) {
			const g = view.graph.clusters[i]!;
			expect(c.labelX).toBeCloseTo((g.x / view.graph.width) * 100, 0);
			const labelY = (c.labelY / 100) * view.viewBox[3] + view.viewBox[1];
			expect(labelY).toBeLessThan(g.y - g.r);
			expect(labelY).toBeGreaterThan(view.viewBox[1]);
		}
	});

	it('gives each dot its links both ways: related papers as j, papers sharing an entity as ~j', () => {
		const at = (id: string) => view.graph.nodes.findIndex((n) => n.id === id);
		const named = (id: string) => view.links[at(id)]!.map((l) => (l < 0 ? `~${view.graph.nodes[~l]!.id}` : view.graph.nodes[l]!.id)).sort();
		expect(named('nlu')).toEqual(['cot-max', 'ramario']);
		expect(named('ramario')).toEqual(['nlu']);
		const bare = buildMapView(papers.map((p) => ({ ...p, related: [] })), topics);
		const linked = bare.links.flat();
		expect(linked.length).toBeGreaterThan(0);
		expect(linked.every((l) => l < 0)).toBe(true);
	});
});

describe('sharedKeyphrase', () => {
	it('counts each paper once, ignoring case, and breaks ties alphabetically', () => {
		expect(sharedKeyphrase([{ keyphrases: [phrase('b'), phrase('B')] }, { keyphrases: [phrase('a')] }])).toBe('a');
		expect(sharedKeyphrase([{ keyphrases: [] }])).toBeNull();
	});
});
