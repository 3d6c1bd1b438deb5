/**
 * The collection map: papers as nodes, linked by their related-papers lists and by rare
 * shared entities, laid out at build time without any randomness.
 *
 * Layout is linear in the number of papers (a force simulation is quadratic and would not
 * survive 10,000 papers): each paper sits in the cluster of its first topic, clusters on a
 * grid, papers within a cluster on a sunflower (golden-angle) spiral, oldest in the middle.
 */
import type { Paper } from '../shared/paper-schema.ts';
import { entityKey } from '../shared/urls.ts';

export interface GraphNode {
	id: string;
	title: string;
	x: number;
	y: number;
	/** The first topic's id, or null. */
	topic: string | null;
}

export interface GraphEdge {
	source: string;
	target: string;
	kind: 'related' | 'entity';
	/** Terms or entity names the two papers share. */
	shared: string[];
}

export interface GraphCluster {
	topic: string;
	x: number;
	y: number;
	r: number;
	count: number;
}

export interface PaperGraph {
	nodes: GraphNode[];
	edges: GraphEdge[];
	clusters: GraphCluster[];
	width: number;
	height: number;
}

/** Colours picked to stay apart from each other and readable on light and dark backgrounds. */
export const TOPIC_COLOURS = [
	'#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#e6820e', '#17a2b8', '#8c564b', '#d6479e',
	'#6b7d1f', '#5a5fc8', '#b8860b', '#2f8f6f', '#a3329e', '#6b7280', '#0f4c81', '#c2185b',
];

/**
 * A topic's colour by its position in the topic list: the palette first, then hues spread
 * by the golden angle, so every topic keeps a colour of its own however many there are.
 */
export function topicColour(position: number): string {
	if (position >= 0 && position < TOPIC_COLOURS.length) return TOPIC_COLOURS[position]!;
	const hue = Math.round(((position * 137.508) % 360) * 10) / 10;
	return `hsl(${hue} 55% ${position % 2 ? 38 : 46}%)`;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface GraphOptions {
	/** Distance between neighbouring nodes in a cluster. */
	spacing?: number;
	/** An entity shared by at most this many papers links them (common ones would link everything). */
	maxEntityPapers?: number;
	/** Smallest grid cell, so a cluster's topic label fits above it. */
	minCell?: number;
}

/** Builds the graph; `topicOrder` fixes cluster order (the topics file's order). */
export function buildPaperGraph(papers: readonly Paper[], topicOrder: readonly string[], options: GraphOptions = {}): PaperGraph {
	const spacing = options.spacing ?? 22;
	const maxEntityPapers = options.maxEntityPapers ?? 4;
	// Input order must not matter: work on the papers sorted by id.
	papers = [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const ids = new Set(papers.map((p) => p.id));
	const groups = new Map<string | null, Paper[]>();
	for (const t of topicOrder) groups.set(t, []);
	for (const p of papers) {
		const t = p.topics[0]?.id ?? null;
		if (!groups.has(t)) groups.set(t, []);
		groups.get(t)!.push(p);
	}
	const filled = [...groups].filter(([, list]) => list.length);
	const radius = (n: number) => spacing * Math.sqrt(n) * 0.62 + spacing;
	const maxR = Math.max(spacing, ...filled.map(([, l]) => radius(l.length)));
	const cell = Math.max(options.minCell ?? 240, 2 * maxR + 60);
	const cols = Math.max(1, Math.ceil(Math.sqrt(filled.length)));
	const rows = Math.max(1, Math.ceil(filled.length / cols));
	const nodes: GraphNode[] = [];
	const clusters: GraphCluster[] = [];
	filled.forEach(([topic, list], i) => {
		const cx = (i % cols) * cell + cell / 2;
		const cy = Math.floor(i / cols) * cell + cell / 2;
		clusters.push({ topic: topic ?? '', x: round(cx), y: round(cy), r: round(radius(list.length)), count: list.length });
		const ordered = [...list].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
		ordered.forEach((p, k) => {
			const r = spacing * 0.62 * Math.sqrt(k + 0.5);
			const a = k * GOLDEN_ANGLE;
			nodes.push({ id: p.id, title: p.title, x: round(cx + r * Math.cos(a)), y: round(cy + r * Math.sin(a)), topic });
		});
	});

	const edges = new Map<string, GraphEdge>();
	const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
	for (const p of papers) {
		for (const r of p.related) {
			if (!ids.has(r.id) || r.id === p.id) continue;
			const key = pairKey(p.id, r.id);
			if (!edges.has(key)) edges.set(key, { source: p.id < r.id ? p.id : r.id, target: p.id < r.id ? r.id : p.id, kind: 'related', shared: r.shared });
		}
	}
	const byEntity = new Map<string, { name: string; papers: string[] }>();
	for (const p of papers) {
		for (const e of p.entities) {
			const k = entityKey(e.type, e.id);
			const entry = byEntity.get(k) ?? { name: e.name, papers: [] };
			// Papers arrive in order, so a paper naming an entity twice is the last one listed.
			if (entry.papers.at(-1) !== p.id) entry.papers.push(p.id);
			byEntity.set(k, entry);
		}
	}
	for (const { name, papers: ps } of byEntity.values()) {
		if (ps.length < 2 || ps.length > maxEntityPapers) continue;
		for (let i = 0; i < ps.length; i++) {
			for (let j = i + 1; j < ps.length; j++) {
				const key = pairKey(ps[i]!, ps[j]!);
				const edge = edges.get(key);
				if (edge) {
					const lower = name.toLowerCase();
					if (!edge.shared.some((t) => t.toLowerCase() === lower)) edge.shared = [...edge.shared, name];
				} else {
					const [a, b] = ps[i]! < ps[j]! ? [ps[i]!, ps[j]!] : [ps[j]!, ps[i]!];
					edges.set(key, { source: a, target: b, kind: 'entity', shared: [name] });
				}
			}
		}
	}
	return {
		nodes,
		edges: [...edges.values()].sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
		clusters,
		width: round(cols * cell),
		height: round(rows * cell),
	};
}

// Whole units: nodes sit 22 apart, and at 10,000 papers each decimal cost 100 kB of map page.
const round = (n: number) => Math.round(n);
