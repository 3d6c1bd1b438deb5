/**
 * Shared readers for the site tests: the built `papers.json`, `search-data.js` and Pagefind fragments, the entities it names,
 * the based links of a built site, CSV files, and the character offsets of marked elements
 * inside a built paragraph. Written independently of
 * the site's own code (its CSV writer, its mark renderer) so a test cannot agree with a bug.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { fromBase85 } from '../../src/client/base85.ts';
import type { Element, Nodes } from 'hast';

/** A span with its text: `papers.json` stores `[start, end]`, and `readPapersJson` adds the text back. */
export interface ExportedSpan {
	start: number;
	end: number;
	text: string;
	/** `'title'` for an entity span in the title (a paper's own name only its title gives). */
	field?: 'title';
}

/** The parts of a `papers.json` paper the site tests read. */
export interface ExportedPaper {
	id: string;
	title: string;
	abstract: string;
	url: string;
	entities: { id: string; name: string; type: string; role: string; spans: ExportedSpan[] }[];
	acronyms: { short: string; long: string; span: ExportedSpan }[];
	claims: { value: ExportedSpan; sentence: ExportedSpan; about: string[]; measure: ExportedSpan | null }[];
	links: { url: string; kind: string; span?: ExportedSpan }[];
	topics: { id: string; derived: boolean }[];
	related: { id: string; score: number; shared: string[] }[];
	sources: { file: string; format: string; line: number }[];
	/** Null (left out of the file) for a paper listed without an abstract. */
	tldr: ExportedSpan | null;
	summary: Record<string, ExportedSpan[]>;
	[field: string]: unknown;
}

export interface ExportedCollection {
	format: string;
	version: number;
	count: number;
	topics: { id: string; title: string; derived: boolean; papers: number }[];
	papers: ExportedPaper[];
}

/** The paper fields `papers.json` (version 3 on) leaves out when they hold these values. */
const LEFT_OUT_AT = {
	authors: [],
	authorCount: null,
	organization: null,
	venue: null,
	published: null,
	comments: null,
	upvotes: null,
	arxivId: null,
	doi: null,
	links: [],
	entities: [],
	acronyms: [],
	keyphrases: [],
	claims: [],
	related: [],
	huggingFace: null,
};

/**
 * Reads the published export (`dist/papers.json.gz`) as a reader's tool would: the file, not the MDX. Each paper gets
 * back what the file leaves out (fields at their default, its page URL from `paperUrl`, whether
 * its topics are derived from the collection's topics, its related papers' ids from their
 * positions) and its spans their text.
 */
export function readPapersJson(dist: string): ExportedCollection {
	const raw = readRawPapersJson(dist) as unknown as ExportedCollection & { paperUrl: string };
	const derived = new Map(raw.topics.map((t) => [t.id, t.derived]));
	const papers = raw.papers.map((stored) => {
		const paper = { ...structuredClone(LEFT_OUT_AT), ...stored } as ExportedPaper;
		paper.url = raw.paperUrl.replace('{id}', paper.id);
		paper.topics = (stored.topics as unknown as string[]).map((id) => ({ id, derived: derived.get(id)! }));
		// Version 4: a shared term the abstract holds is `[start, end]` offsets into it.
		const related = (stored.related ?? []) as unknown as { paper: number; score: number; shared: ([number, number] | string)[] }[];
		const term = (t: [number, number] | string) => (Array.isArray(t) ? paper.abstract.slice(t[0], t[1]) : t);
		paper.related = related.map((r) => ({ id: raw.papers[r.paper]!.id, score: r.score, shared: r.shared.map(term) }));
		withTexts(paper, paper.abstract);
		return paper;
	});
	return { ...raw, papers };
}

/** The published export (`dist/papers.json.gz`, gunzipped) exactly as the file has it: spans as `[start, end]` offsets into the abstract. */
export function readRawPapersJson(dist: string): { format: string; version: number; papers: Record<string, unknown>[] } & Record<string, unknown> {
	return JSON.parse(gunzipSync(readFileSync(join(dist, 'papers.json.gz'))).toString('utf8'));
}

/**
 * `dist/search-data.js` as a page from disk reads it: run as a script, its packed value
 * (base85 of raw-deflated JSON, src/client/base85.ts) inflated with Node's zlib rather than the site's reader.
 */
export function readSearchData(dist: string): { topics: [string, string][]; entities: [string, string][]; papers: unknown[][] } {
	const window: Record<string, unknown> = {};
	runInNewContext(readFileSync(join(dist, 'search-data.js'), 'utf8'), { window });
	return JSON.parse(inflateRawSync(fromBase85(String(window.PAPERFOLD_SEARCH))).toString('utf8'));
}

/** Keys whose value is one span, and keys whose value is a list of spans, in a `papers.json` paper. */
const SPAN_KEYS = new Set(['tldr', 'span', 'value', 'sentence', 'measure']);
const SPAN_LIST_KEYS = new Set(['problem', 'approach', 'results', 'spans', 'keyphrases']);

/** Every `[start, end]` span under `node` turned, in place, into `{ start, end, text }` of `abstract`. */
function withTexts(node: unknown, abstract: string): void {
	if (node === null || typeof node !== 'object') return;
	if (Array.isArray(node)) return node.forEach((item) => withTexts(item, abstract));
	const record = node as Record<string, unknown>;
	const whole = (span: unknown) => (Array.isArray(span) ? { start: span[0], end: span[1], text: abstract.slice(span[0], span[1]) } : span);
	for (const [key, value] of Object.entries(record)) {
		if (SPAN_KEYS.has(key)) record[key] = whole(value);
		else if (SPAN_LIST_KEYS.has(key) && Array.isArray(value)) record[key] = value.map(whole);
		else withTexts(value, abstract);
	}
}

/** One page of a Pagefind bundle as Pagefind stores it: the text it shows excerpts from, its filters and meta. */
export interface SearchFragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

/** Every page fragment of the Pagefind bundle in `dir` (`dist/pagefind`), by URL (without the base path). */
export function readSearchFragments(dir: string): Map<string, SearchFragment> {
	const fragments = join(dir, 'fragment');
	return new Map(
		readdirSync(fragments).map((name) => {
			// Pagefind prefixes its gzipped JSON with a signature.
			const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
			const fragment = JSON.parse(text.slice(text.indexOf('{'))) as SearchFragment;
			return [fragment.url, fragment];
		}),
	);
}

/** Folder names under `dist/<dir>/` that hold an `index.html` (one per built page). */
export function pageDirs(dist: string, dir: string): string[] {
	return readdirSync(join(dist, dir), { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dist, dir, d.name, 'index.html')))
		.map((d) => d.name)
		.sort();
}

/** Every `{start, end, text}` object anywhere inside `value`, with the path it was found at. */
export function findSpans(value: unknown, path = ''): { path: string; span: ExportedSpan }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => findSpans(item, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const own =
		typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string'
			? [{ path, span: record as unknown as ExportedSpan }]
			: [];
	return [...own, ...Object.entries(record).flatMap(([key, child]) => findSpans(child, path ? `${path}.${key}` : key))];
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF rows) into rows of fields. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') row.push(field), (field = '');
		else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field), rows.push(row), (row = []), (field = '');
		} else field += ch;
	}
	if (field || row.length) row.push(field), rows.push(row);
	return rows;
}

/** DOM `textContent`: every text node, nothing collapsed. */
export function textContent(node: Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map((child) => textContent(child as Nodes)).join('') : '';
}

/** An element inside a paragraph, with the character range of the paragraph text it wraps. */
export interface PlacedElement {
	element: Element;
	start: number;
	end: number;
	text: string;
}

/** Every descendant element of `root`, placed by character offsets into `textContent(root)`. */
export function placeElements(root: Element): PlacedElement[] {
	const placed: PlacedElement[] = [];
	let offset = 0;
	const walk = (node: Nodes) => {
		if (node.type === 'text') {
			offset += node.value.length;
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		const start = offset;
		for (const child of node.children) walk(child as Nodes);
		if (node.type === 'element' && node !== root) placed.push({ element: node, start, end: offset, text: textContent(node) });
	};
	walk(root);
	return placed;
}

/** The entity types of the annotation engine, as `papers.json` names them. */
export const ENTITY_TYPES = ['method', 'algorithm', 'model', 'dataset'] as const;

/** An element's `href`, as a string. */
export const href = (el: Element) => String(el.properties.href);

/** An element's `href` resolved against the based URL of the page holding it, as a browser would (`../id/` → `/base/papers/id/`). */
export const resolvedHref = (el: Element, pageHref: string) => {
	const resolved = new URL(href(el), `http://site${pageHref}`);
	return resolved.pathname + resolved.search + resolved.hash;
};

/** Whether an entity has a page of its own: only one two papers or more name does. */
export const hasPage = (entity: Pick<CollectedEntity, 'papers'>) => entity.papers.size >= 2;

/** The based hrefs of paper and entity pages, and the `dist/` file any based href points to. */
export function siteLinks(dist: string, base: string) {
	const paperHref = (id: string) => `${base}papers/${id}/`;
	const entityHref = (type: string, id: string) => `${base}entities/${type}/${id}/`;
	return {
		paperHref,
		entityHref,
		/** Where a listing links an entity: its page, or the one paper naming it when it has none. */
		listedHref: (entity: CollectedEntity) => (hasPage(entity) ? entityHref(entity.type, entity.id) : paperHref([...entity.papers][0]!)),
		/** `dist/` file a based, root-relative href points to. */
		fileOf: (url: string) => {
			const path = url.slice(base.length).split('#')[0]!;
			return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
		},
	};
}

/** An entity of the collection with the papers naming it and the claims about it. */
export interface CollectedEntity {
	type: string;
	id: string;
	papers: Set<string>;
	claims: { paper: ExportedPaper; claim: ExportedPaper['claims'][number] }[];
}

/** Every entity of the collection by `type/id`, with the papers naming it and the claims about it. */
export function collectEntities(papers: readonly ExportedPaper[]): Map<string, CollectedEntity> {
	const entities = new Map<string, CollectedEntity>();
	for (const paper of papers) {
		for (const e of paper.entities) {
			const key = `${e.type}/${e.id}`;
			if (!entities.has(key)) entities.set(key, { type: e.type, id: e.id, papers: new Set(), claims: [] });
			entities.get(key)!.papers.add(paper.id);
		}
	}
	for (const paper of papers) {
		for (const claim of paper.claims) for (const key of new Set(claim.about)) entities.get(key)?.claims.push({ paper, claim });
	}
	return entities;
}
