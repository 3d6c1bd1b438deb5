/**
 * What the map page shows, computed at build time from the paper graph (paper-graph.ts):
 * each cluster with its label, colour and papers (the list beside the map follows the same
 * order as the dots), where to put the labels, and each paper's links for the map script,
 * which draws the focused paper's edges only.
 */
import type { Paper } from '../shared/paper-schema.ts';
import { buildPaperGraph, topicColour, type GraphNode, type PaperGraph } from './paper-graph.ts';

/** One cluster as the page shows it. */
export interface MapCluster {
	/** The topic's id; '' for papers without a topic. */
	topic: string;
	/** The topic's title, or for papers without a topic the keyphrase most of them share. */
	label: string;
	colour: string;
	/** Where the label sits, as percentages of the map's width and height (its bottom centre). */
	labelX: number;
	labelY: number;
	/** The label's widest, as a percentage of the map's width (one grid cell). */
	labelWidth: number;
	/** Its papers, in the order of their dots. */
	nodes: GraphNode[];
}

export interface MapView {
	graph: PaperGraph;
	/** The SVG's viewBox: the graph with room above the top row for labels. */
	viewBox: [number, number, number, number];
	clusters: MapCluster[];
	/**
	 * Per dot (in the order of `graph.nodes`, which is the list's order too), the dots it is
	 * linked to: related papers as their index `j`, papers sharing a rare entity as `~j`
	 * (negative), so one small array per paper says both.
	 */
	links: number[][];
}

/** Papers without a topic: a grey apart from the topics' colours. */
const NO_TOPIC_COLOUR = '#888';

/** Room above the top row of clusters for their labels, in map units. */
const LABEL_ROOM = 40;

/** The keyphrase most of these papers name (ties: alphabetical), or null. */
export function sharedKeyphrase(papers: readonly Pick<Paper, 'keyphrases'>[]): string | null {
	const counts = new Map<string, { text: string; count: number }>();
	for (const paper of papers) {
		for (const key of new Set(paper.keyphrases.map((k) => k.text.toLowerCase()))) {
			const text = paper.keyphrases.find((k) => k.text.toLowerCase() === key)!.text;
			const entry = counts.get(key) ?? { text, count: 0 };
			entry.count++;
			counts.set(key, entry);
		}
	}
	const [best] = [...counts.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'en'));
	return best?.text ?? null;
}

/** The map's view of the collection; `topics` in the order the site lists them. */
export function buildMapView(papers: readonly Paper[], topics: readonly { id: string; title: string }[]): MapView {
	const order = topics.map((t) => t.id);
	const graph = buildPaperGraph(papers, order);
	const title = new Map(topics.map((t) => [t.id, t.title]));
	const byId = new Map(papers.map((p) => [p.id, p]));
	const height = graph.height + LABEL_ROOM;
	const cell = graph.clusters.length ? graph.width / Math.max(1, Math.ceil(Math.sqrt(graph.clusters.length))) : graph.width;
	const percent = (value: number, of: number) => Math.round((value / of) * 1000) / 10;
	const nodesOf = new Map<string, GraphNode[]>(graph.clusters.map((c) => [c.topic, []]));
	for (const node of graph.nodes) nodesOf.get(node.topic ?? '')?.push(node);
	const clusters = graph.clusters.map((c): MapCluster => {
		const nodes = nodesOf.get(c.topic)!;
		const label = c.topic ? (title.get(c.topic) ?? c.topic) : (sharedKeyphrase(nodes.map((n) => byId.get(n.id)!)) ?? 'No topic');
		return {
			topic: c.topic,
			label,
			colour: c.topic ? topicColour(order.indexOf(c.topic)) : NO_TOPIC_COLOUR,
			labelX: percent(c.x, graph.width),
			labelY: percent(c.y - c.r - 14 + LABEL_ROOM, height),
			labelWidth: percent(cell - 16, graph.width),
			nodes,
		};
	});
	const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
	const links: number[][] = graph.nodes.map(() => []);
	for (const edge of graph.edges) {
		const [a, b] = [index.get(edge.source)!, index.get(edge.target)!];
		links[a]!.push(edge.kind === 'related' ? b : ~b);
		links[b]!.push(edge.kind === 'related' ? a : ~a);
	}
	return { graph, viewBox: [0, -LABEL_ROOM, graph.width, height], clusters, links };
}
