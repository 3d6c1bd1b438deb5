/**
 * Collection-wide indexes, computed once per build from all papers and topics:
 * papers by topic, entities → papers and claims, acronyms → definitions, papers by date,
 * and previous/next within a paper's first topic. Every lookup afterwards is a map read,
 * so a 10,000-paper build stays linear.
 */
import type { Claim, Paper } from '../shared/paper-schema.ts';
import type { TopicRecord } from '../shared/topic-schema.ts';
import { compareNewestFirst, parseIsoDate } from './dates.ts';
import { ENTITY_TYPES, type EntityType } from './entity-types.ts';
import { entityKey } from '../shared/urls.ts';

/** One entity across the collection. */
export interface EntityEntry {
	type: EntityType;
	id: string;
	/** The spelling most papers use (ties: alphabetical). */
	name: string;
	/** Papers mentioning it, newest first, with whether each introduces it. */
	papers: { paper: Paper; role: 'introduced' | 'used' }[];
	/** Claims whose `about` names this entity. */
	claims: { paper: Paper; claim: Claim }[];
}

/** One topic with its papers, newest first. */
export interface TopicEntry {
	topic: TopicRecord;
	papers: Paper[];
}

/** One acronym with each distinct definition and the papers giving it. */
export interface GlossaryEntry {
	short: string;
	definitions: { long: string; papers: Paper[] }[];
}

/** Papers of one year, grouped by month (12 → 1); undated papers have year null. */
export interface YearGroup {
	year: number | null;
	months: { month: number | null; papers: Paper[] }[];
	count: number;
}

export interface CollectionIndex {
	/** All papers, newest first. */
	papers: Paper[];
	paperById: Map<string, Paper>;
	/** Taxonomy topics, then derived ones; each group by paper count, then title. */
	topics: TopicEntry[];
	topicById: Map<string, TopicEntry>;
	/** Entities keyed `type/id`. */
	entities: Map<string, EntityEntry>;
	/** Entities per type, most-mentioned first. */
	entitiesByType: Record<EntityType, EntityEntry[]>;
	glossary: GlossaryEntry[];
	timeline: YearGroup[];
	/** Distinct publication years, newest first. */
	years: number[];
}

/** The name most of `names` are (ties: code-point order), as an entity's shown name. */
export function mostCommon(names: string[]): string {
	const counts = new Map<string, number>();
	for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
	// Code-point order, not locale order: the same choice on every machine.
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

function buildEntities(papers: Paper[]) {
	const found = new Map<string, { type: EntityType; id: string; names: string[]; papers: EntityEntry['papers']; claims: EntityEntry['claims'] }>();
	for (const paper of papers) {
		for (const e of paper.entities) {
			const key = entityKey(e.type, e.id);
			let entry = found.get(key);
			if (!entry) found.set(key, (entry = { type: e.type, id: e.id, names: [], papers: [], claims: [] }));
			entry.names.push(e.name);
			if (entry.papers.at(-1)?.paper !== paper) entry.papers.push({ paper, role: e.role });
			else if (e.role === 'introduced') entry.papers.at(-1)!.role = 'introduced';
		}
		for (const claim of paper.claims) {
			for (const key of new Set(claim.about)) found.get(key)?.claims.push({ paper, claim });
		}
	}
	const entities = new Map<string, EntityEntry>();
	for (const [key, { names, ...rest }] of found) entities.set(key, { ...rest, name: mostCommon(names) });
	const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as EntityEntry[]])) as Record<EntityType, EntityEntry[]>;
	for (const entry of entities.values()) entitiesByType[entry.type].push(entry);
	for (const list of Object.values(entitiesByType)) {
		list.sort((a, b) => b.papers.length - a.papers.length || a.name.localeCompare(b.name, 'en'));
	}
	return { entities, entitiesByType };
}

function buildGlossary(papers: Paper[]): GlossaryEntry[] {
	const upper = (text: string) => text.replace(/[^A-Z]/g, '').length;
	const byShort = new Map<string, Map<string, { long: string; papers: Paper[] }>>();
	for (const paper of papers) {
		for (const a of paper.acronyms) {
			const defs = byShort.get(a.short) ?? new Map<string, { long: string; papers: Paper[] }>();
			byShort.set(a.short, defs);
			// Definitions differing only in case or spacing are one definition, spelled with the
			// most capitals ("Proximal Policy Optimization" over "proximal policy optimization").
			const long = a.long.replace(/\s+/g, ' ').trim();
			const key = long.toLowerCase();
			const def = defs.get(key) ?? { long, papers: [] };
			defs.set(key, def);
			if (upper(long) > upper(def.long)) def.long = long;
			// Papers arrive one at a time, so a repeat is always the last one (no scan of thousands).
			if (def.papers.at(-1) !== paper) def.papers.push(paper);
		}
	}
	return [...byShort]
		.map(([short, defs]) => ({
			short,
			definitions: [...defs.values()].sort((a, b) => b.papers.length - a.papers.length || a.long.localeCompare(b.long, 'en')),
		}))
		.sort((a, b) => a.short.localeCompare(b.short, 'en', { sensitivity: 'base' }) || a.short.localeCompare(b.short, 'en'));
}

function buildTimeline(papers: Paper[]): YearGroup[] {
	const years = new Map<number | null, Map<number | null, Paper[]>>();
	for (const paper of papers) {
		const d = parseIsoDate(paper.published);
		const months = years.get(d?.year ?? null) ?? new Map<number | null, Paper[]>();
		years.set(d?.year ?? null, months);
		const list = months.get(d?.month ?? null) ?? [];
		list.push(paper);
		months.set(d?.month ?? null, list);
	}
	const desc = (a: number | null, b: number | null) => (a === null ? 1 : b === null ? -1 : b - a);
	return [...years.keys()].sort(desc).map((year) => {
		const months = years.get(year)!;
		return {
			year,
			months: [...months.keys()].sort(desc).map((month) => ({ month, papers: months.get(month)! })),
			count: [...months.values()].reduce((n, l) => n + l.length, 0),
		};
	});
}

/** Builds every index in one pass over the collection. */
export function buildCollectionIndex(allPapers: readonly Paper[], topics: readonly TopicRecord[]): CollectionIndex {
	const papers = [...allPapers].sort(compareNewestFirst);
	const paperById = new Map(papers.map((p) => [p.id, p]));
	const topicById = new Map<string, TopicEntry>(topics.map((topic) => [topic.id, { topic, papers: [] }]));
	for (const paper of papers) {
		for (const t of paper.topics) {
			let entry = topicById.get(t.id);
			// A topic a paper names but the topics file lacks still gets a page, so no topic link breaks.
			if (!entry) topicById.set(t.id, (entry = { topic: { id: t.id, title: t.id, description: '', derived: t.derived }, papers: [] }));
			entry.papers.push(paper);
		}
	}
	const timeline = buildTimeline(papers);
	return {
		papers,
		paperById,
		// The content store sorts topics by id, losing the taxonomy file's order; the largest topics first
		// reads best, and "Other papers", however large, is no topic to start from: last.
		topics: [...topicById.values()].sort(
			(a, b) =>
				Number(a.topic.ungrouped === true) - Number(b.topic.ungrouped === true) ||
				Number(a.topic.derived) - Number(b.topic.derived) ||
				b.papers.length - a.papers.length ||
				a.topic.title.localeCompare(b.topic.title, 'en'),
		),
		topicById,
		...buildEntities(papers),
		glossary: buildGlossary(papers),
		timeline,
		years: timeline.flatMap((g) => (g.year === null ? [] : [g.year])),
	};
}

/**
 * The entities most often named in the same papers as `key`, most shared papers first
 * (ties by name), for an entity page's "appears with" list.
 */
export function coMentioned(index: CollectionIndex, key: string, limit = 12): { entity: EntityEntry; papers: number }[] {
	const entity = index.entities.get(key);
	if (!entity) return [];
	const counts = new Map<string, number>();
	for (const { paper } of entity.papers) {
		const seen = new Set<string>();
		for (const e of paper.entities) {
			const other = entityKey(e.type, e.id);
			if (other === key || seen.has(other)) continue;
			seen.add(other);
			counts.set(other, (counts.get(other) ?? 0) + 1);
		}
	}
	return [...counts]
		.flatMap(([k, n]) => {
			const other = index.entities.get(k);
			return other ? [{ entity: other, papers: n }] : [];
		})
		.sort((a, b) => b.papers - a.papers || a.entity.name.localeCompare(b.entity.name, 'en'))
		.slice(0, limit);
}
