/**
 * Reads the user-editable topic taxonomy (`content/taxonomy.yaml`) into compiled
 * match rules. The file format is documented in the comment header of that file.
 *
 * Validation goes through zod; every problem is reported as `file:line:column`
 * using the YAML node ranges, so a typo in a rule points at the rule itself.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { escapeRegExp } from '../../src/shared/regexp.ts';

/** One compiled match term: a phrase or a regular expression, with its weight. */
export interface TaxonomyTerm {
	/** The term as written in the file, for explanations and debugging. */
	source: string;
	/** Global regex: phrases are matched case-insensitively at word boundaries. */
	pattern: RegExp;
	weight: number;
}

/** One topic of the taxonomy with its compiled rules. */
export interface TaxonomyTopic {
	id: string;
	title: string;
	description: string;
	/** Scored terms: each hit in the title/abstract adds `weight × titleWeight/abstractWeight`. */
	any: TaxonomyTerm[];
	/** Every one of these must occur (title or abstract) for the topic to apply at all. */
	all: TaxonomyTerm[];
	/** None of these may occur. */
	not: TaxonomyTerm[];
	/** At least one of these must occur (title or abstract), when any are listed: what the topic is about at all. */
	requires: TaxonomyTerm[];
	titleWeight: number;
	abstractWeight: number;
	/** The least score at which the topic applies. */
	minScore: number;
	/** 1-based line of the topic in the taxonomy file. */
	line: number;
}

/** A parsed taxonomy: topics in file order plus the assignment settings. */
export interface Taxonomy {
	file: string;
	topics: TaxonomyTopic[];
	/** Most topics one paper gets (1–3). */
	maxTopics: number;
	/** A second/third topic must score at least this fraction of the best one. */
	relativeCutoff: number;
	/** Abstract hits of one term count at most this many times. */
	maxHitsPerTerm: number;
}

/** A problem in the taxonomy file, with its place. */
export class TaxonomyError extends Error {
	file: string;
	line: number;
	column: number;
	constructor(file: string, line: number, column: number, message: string) {
		super(`${file}:${line}:${column}: ${message}`);
		this.name = 'TaxonomyError';
		this.file = file;
		this.line = line;
		this.column = column;
	}
}

const TermSchema = z.union([
	z.string().min(1),
	z.strictObject({ pattern: z.string().min(1), weight: z.number().positive().default(1) }),
]);

const TopicFileSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens'),
	title: z.string().min(1),
	description: z.string().min(1),
	match: z.strictObject({
		any: z.array(TermSchema).min(1),
		all: z.array(TermSchema).default([]),
		not: z.array(TermSchema).default([]),
	}),
	requires: z.array(TermSchema).min(1).optional(),
	weights: z.strictObject({ title: z.number().nonnegative(), abstract: z.number().nonnegative() }).partial().optional(),
	minScore: z.number().nonnegative().optional(),
});

const TaxonomyFileSchema = z.strictObject({
	defaults: z
		.strictObject({
			titleWeight: z.number().nonnegative().default(3),
			abstractWeight: z.number().nonnegative().default(1),
			minScore: z.number().nonnegative().default(2),
			maxTopics: z.number().int().min(1).max(3).default(3),
			relativeCutoff: z.number().min(0).max(1).default(0.35),
			maxHitsPerTerm: z.number().int().min(1).default(3),
		})
		.default({ titleWeight: 3, abstractWeight: 1, minScore: 2, maxTopics: 3, relativeCutoff: 0.35, maxHitsPerTerm: 3 }),
	// An empty list is allowed: every topic is then derived from the collection.
	topics: z.array(TopicFileSchema),
});

type TermInput = z.infer<typeof TermSchema>;

/**
 * Compiles one term. `/body/flags` is a regular expression; anything else is a phrase:
 * case-insensitive (unless it is an all-caps acronym), spaces and hyphens interchangeable,
 * an optional plural `s`, bounded by non-word characters.
 */
export function compileTerm(term: string): RegExp {
	const regex = /^\/(.+)\/([a-z]*)$/s.exec(term);
	if (regex) {
		const flags = new Set(regex[2]);
		flags.add('g');
		return new RegExp(regex[1], [...flags].join(''));
	}
	const words = term.trim().split(/[\s-]+/).map(escapeRegExp);
	const acronym = /[A-Z].*[A-Z]/.test(term) && !/[a-z]/.test(term.replace(/s$/, ''));
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?:e?s)?(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

/**
 * The words every match of a phrase term holds as whole words, lower-cased (`compileTerm` joins
 * them with spaces or hyphens, bounded by anything but letters and digits; the last one may take
 * a plural "s" or "es"). Null for a regular expression, and for a phrase with a word of anything
 * but ASCII letters and digits.
 *
 * @example phraseWords('few-shot learning') // ['few', 'shot', 'learning']
 * @example phraseWords('/\\bRL\\b/') // null
 */
export function phraseWords(term: string): string[] | null {
	if (/^\/(.+)\/([a-z]*)$/s.test(term)) return null;
	const words = term.trim().split(/[\s-]+/);
	return words.every((word) => /^[A-Za-z0-9]+$/.test(word)) ? words.map((word) => word.toLowerCase()) : null;
}

/** Parses and validates a taxonomy file; throws {@link TaxonomyError} naming file and line. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const at = (offset: number) => lineCounter.linePos(offset);
	if (doc.errors.length > 0) {
		const error = doc.errors[0];
		const pos = at(error.pos[0]);
		throw new TaxonomyError(file, pos.line, pos.col, error.message.split('\n')[0]);
	}
	const data: unknown = doc.toJS();
	if (data === null || data === undefined) {
		throw new TaxonomyError(file, 1, 1, 'the taxonomy is empty; expected a "topics:" list (it may be "topics: []")');
	}
	const result = TaxonomyFileSchema.safeParse(data);
	if (!result.success) {
		const issue = result.error.issues[0];
		const path = issue.path as (string | number)[];
		// An unknown key is best shown where that key stands, not where its parent starts.
		const pos = at(nodeOffset(doc, issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path));
		const where = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
		throw new TaxonomyError(file, pos.line, pos.col, `${issue.message}${where}`);
	}
	const { defaults, topics } = result.data;
	const seen = new Map<string, number>();
	const compiled = topics.map((topic, t) => {
		const line = at(nodeOffset(doc, ['topics', t])).line;
		const first = seen.get(topic.id);
		if (first !== undefined) {
			throw new TaxonomyError(file, line, 1, `duplicate topic id "${topic.id}" (first defined on line ${first})`);
		}
		seen.set(topic.id, line);
		const compileList = (key: 'any' | 'all' | 'not' | 'requires', terms: TermInput[]) =>
			terms.map((term, i) => {
				const source = typeof term === 'string' ? term : term.pattern;
				try {
					return { source, pattern: compileTerm(source), weight: typeof term === 'string' ? 1 : term.weight };
				} catch (error) {
					const pos = at(nodeOffset(doc, key === 'requires' ? ['topics', t, key, i] : ['topics', t, 'match', key, i]));
					throw new TaxonomyError(file, pos.line, pos.col, `invalid regular expression ${source}: ${(error as Error).message}`);
				}
			});
		return {
			id: topic.id,
			title: topic.title,
			description: topic.description.trim().replace(/\s+/g, ' '),
			any: compileList('any', topic.match.any),
			all: compileList('all', topic.match.all),
			not: compileList('not', topic.match.not),
			requires: compileList('requires', topic.requires ?? []),
			titleWeight: topic.weights?.title ?? defaults.titleWeight,
			abstractWeight: topic.weights?.abstract ?? defaults.abstractWeight,
			minScore: topic.minScore ?? defaults.minScore,
			line,
		};
	});
	return {
		file,
		topics: compiled,
		maxTopics: defaults.maxTopics,
		relativeCutoff: defaults.relativeCutoff,
		maxHitsPerTerm: defaults.maxHitsPerTerm,
	};
}

/** Start offset of the deepest existing node on `path` (the document start if none). */
function nodeOffset(doc: Document, path: (string | number)[]): number {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
		const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
		if (range) return range[0];
	}
	return 0;
}
