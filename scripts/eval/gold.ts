/**
 * The hand-labelled gold set (`scripts/eval/gold/*.gold.json`): its record types and a reader
 * that rejects a malformed file with the file and the paper at fault, so a typo in a label
 * fails loudly instead of silently lowering a score. Labelling rules: `gold/README.md`.
 * A paper marked `keywordSource: "ai_keywords"` carries only Hugging Face's `ai_keywords` as
 * its keywords: it is scored for keyphrases alone, in a table of its own.
 */
import type { Entity } from '../../src/shared/paper-schema.ts';

export type EntityType = Entity['type'];
export type EntityRole = Entity['role'];

/** A named thing the abstract mentions, as a careful reader would list it. */
export interface GoldEntity {
	/** The surface form in the abstract. */
	name: string;
	/** Other forms the abstract uses for the same thing (acronym, long form). */
	aliases: string[];
	/** Acceptable types; more than one where both are defensible. */
	types: EntityType[];
	role: EntityRole;
}

/** A quantitative result of the paper. */
export interface GoldClaim {
	/** The number as the abstract writes it (words included: "two orders of magnitude"). */
	value: string;
	/** Entity names the result is about (any one counts), or null when no named entity is. */
	subject: string[] | null;
	measure: string;
}

export interface GoldPaper {
	/** arXiv id, else DOI, else title: the first one the parsed record has. */
	key: string;
	field: string;
	title: string;
	entities: GoldEntity[];
	/** Names neither required nor wrong. */
	optionalEntities: string[];
	claims: GoldClaim[];
	/** Numbers neither required nor wrong (sizes, counts, list markers). */
	optionalClaims: string[];
	/** Snippets of the acceptable TL;DR sentences. */
	tldr: string[];
	/** The abstract's sentences by rhetorical part, one snippet a sentence; left out where not labelled. */
	summary?: GoldSummary;
	/** Reference keyphrases. */
	keywords: string[];
	/** Where `keywords` come from: picked by hand from the abstract, or Hugging Face's `ai_keywords`. */
	keywordSource: KeywordReference;
}

/** Parts of an abstract, in the order an abstract tells them (`scripts/annotate/text/summary.ts`). */
export const SUMMARY_PARTS = ['problem', 'approach', 'results'] as const;
export type SummaryPart = (typeof SUMMARY_PARTS)[number];

/**
 * The role of every sentence of the abstract: per part, a snippet (words of that one sentence)
 * for each of its sentences. Every sentence is in exactly one part (`gold.test.ts` checks it).
 */
export type GoldSummary = Record<SummaryPart, string[]>;

/** Who chose a gold paper's keywords. */
export type KeywordReference = 'hand-picked' | 'ai_keywords';

/** The labels a keyword-only (`ai_keywords`) paper must not carry: it is scored for keyphrases alone. */
const LABELS_OF_HAND_PICKED = ['entities', 'optionalEntities', 'claims', 'optionalClaims', 'tldr', 'summary'] as const;

const TYPES: readonly EntityType[] = ['method', 'algorithm', 'model', 'dataset'];
const ROLES: readonly EntityRole[] = ['introduced', 'used'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Parses one gold file; throws an Error naming `file` and the paper for any malformed label. */
export function parseGold(text: string, file: string): { listing: string; papers: GoldPaper[] } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`${file}: not JSON: ${(error as Error).message}`);
	}
	if (!isObject(data) || typeof data.listing !== 'string' || !Array.isArray(data.papers)) {
		throw new Error(`${file}: expected { "listing": string, "papers": [...] }`);
	}
	const papers = data.papers.map((paper, index) => readPaper(paper, `${file}: paper ${index + 1}`));
	const keys = new Set<string>();
	for (const paper of papers) {
		if (keys.has(paper.key)) throw new Error(`${file}: key "${paper.key}" appears twice`);
		keys.add(paper.key);
	}
	return { listing: data.listing, papers };
}

function readPaper(value: unknown, where: string): GoldPaper {
	if (!isObject(value)) throw new Error(`${where}: expected an object`);
	for (const field of ['key', 'field', 'title'] as const) {
		if (typeof value[field] !== 'string' || value[field] === '') throw new Error(`${where}: "${field}" must be a non-empty string`);
	}
	const at = `${where} (${value.key})`;
	if (value.keywordSource !== undefined && value.keywordSource !== 'ai_keywords') {
		throw new Error(`${at}: "keywordSource" must be "ai_keywords" or left out (hand-picked)`);
	}
	if (value.keywordSource === 'ai_keywords') return readKeywordOnlyPaper(value, at);
	for (const list of ['optionalEntities', 'optionalClaims', 'tldr', 'keywords'] as const) {
		if (!isStringList(value[list])) throw new Error(`${at}: "${list}" must be a list of strings`);
	}
	if (!Array.isArray(value.entities) || !Array.isArray(value.claims)) throw new Error(`${at}: "entities" and "claims" must be lists`);
	return {
		key: value.key as string,
		field: value.field as string,
		title: value.title as string,
		entities: value.entities.map((e, i) => readEntity(e, `${at}: entity ${i + 1}`)),
		optionalEntities: value.optionalEntities as string[],
		claims: value.claims.map((c, i) => readClaim(c, `${at}: claim ${i + 1}`)),
		optionalClaims: value.optionalClaims as string[],
		tldr: value.tldr as string[],
		...(value.summary === undefined ? {} : { summary: readSummary(value.summary, `${at}: summary`) }),
		keywords: value.keywords as string[],
		keywordSource: 'hand-picked',
	};
}

/** `{ problem, approach, results }`, each a list of non-empty snippets, no other key, one snippet at least. */
function readSummary(value: unknown, where: string): GoldSummary {
	if (!isObject(value)) throw new Error(`${where}: expected { "problem": [...], "approach": [...], "results": [...] }`);
	const unknown = Object.keys(value).filter((key) => !(SUMMARY_PARTS as readonly string[]).includes(key));
	if (unknown.length) throw new Error(`${where}: unknown part ${unknown.map((k) => `"${k}"`).join(', ')}; parts are ${SUMMARY_PARTS.join(', ')}`);
	for (const part of SUMMARY_PARTS) {
		const list = value[part];
		if (!isStringList(list) || list.some((snippet) => snippet.trim() === '')) throw new Error(`${where}: "${part}" must be a list of non-empty snippets`);
	}
	const summary = value as GoldSummary;
	if (SUMMARY_PARTS.every((part) => summary[part].length === 0)) throw new Error(`${where}: labels no sentence`);
	return { problem: summary.problem, approach: summary.approach, results: summary.results };
}

/** A paper whose only labels are Hugging Face's `ai_keywords`, copied verbatim. */
function readKeywordOnlyPaper(value: Json, at: string): GoldPaper {
	const present = LABELS_OF_HAND_PICKED.filter((label) => value[label] !== undefined);
	if (present.length) throw new Error(`${at}: an "ai_keywords" paper has keywords only; remove ${present.map((p) => `"${p}"`).join(', ')}`);
	if (!isStringList(value.keywords) || value.keywords.length === 0) throw new Error(`${at}: "keywords" must be a non-empty list of strings`);
	return {
		key: value.key as string,
		field: value.field as string,
		title: value.title as string,
		entities: [],
		optionalEntities: [],
		claims: [],
		optionalClaims: [],
		tldr: [],
		keywords: value.keywords,
		keywordSource: 'ai_keywords',
	};
}

function readEntity(value: unknown, where: string): GoldEntity {
	if (!isObject(value) || typeof value.name !== 'string') throw new Error(`${where}: expected { name, type, role }`);
	const types = Array.isArray(value.type) ? value.type : [value.type];
	if (types.length === 0 || !types.every((t) => TYPES.includes(t as EntityType))) {
		throw new Error(`${where} (${value.name}): type must be one of ${TYPES.join(', ')} or a list of them`);
	}
	if (!ROLES.includes(value.role as EntityRole)) throw new Error(`${where} (${value.name}): role must be ${ROLES.join(' or ')}`);
	if (value.aliases !== undefined && !isStringList(value.aliases)) throw new Error(`${where} (${value.name}): aliases must be strings`);
	return { name: value.name, aliases: (value.aliases as string[] | undefined) ?? [], types: types as EntityType[], role: value.role as EntityRole };
}

function readClaim(value: unknown, where: string): GoldClaim {
	if (!isObject(value) || typeof value.value !== 'string' || typeof value.measure !== 'string') {
		throw new Error(`${where}: expected { value, subject, measure }`);
	}
	if (value.subject !== null && !isStringList(value.subject)) throw new Error(`${where} (${value.value}): subject must be a list of names or null`);
	return { value: value.value, subject: value.subject as string[] | null, measure: value.measure };
}
