/**
 * Scores annotated paper records against the gold set: pairs each record with its gold paper,
 * runs the per-paper scorers, and adds the counts up per field and overall. Pure.
 */
import type { Acronym, Claim, Entity, Span } from '../../src/shared/paper-schema.ts';
import { tldrText } from '../../src/shared/tldr-text.ts';
import { SUMMARY_PARTS, type GoldPaper, type SummaryPart } from './gold.ts';
import { ratio, sameName } from './match.ts';
import { scoreClaims, type ClaimScore } from './score-claims.ts';
import { scoreEntities, type EntityScore } from './score-entities.ts';
import { scoreKeywords, type KeywordScore } from './score-keywords.ts';
import { scoreSummary, type PredictedSummary, type SummaryScore } from './score-summary.ts';
import { isAcceptableTldr, startsWithConnector } from './score-tldr.ts';

/** The fields of a `papers.json` record the evaluation reads (`keyphrases` once records have it). */
export interface PaperRecord {
	title: string;
	abstract: string;
	arxivId: string | null;
	doi: string | null;
	/** Null for a paper listed without an abstract (none in the gold listings). */
	tldr: Span | null;
	/** The abstract's sentences by rhetorical part (absent from records older than the field). */
	summary?: PredictedSummary;
	entities: readonly Entity[];
	acronyms: readonly Acronym[];
	claims: readonly Claim[];
	keyphrases?: readonly (string | { text?: string; name?: string; phrase?: string })[];
	/** The paper's topics (ids), to count each derived topic's papers. */
	topics?: readonly { id: string }[];
	/** The page id and its related papers (`score-related.ts`). */
	id?: string;
	related?: readonly { id: string; shared: readonly string[] }[];
}

export interface PaperResult {
	key: string;
	field: string;
	entities: EntityScore;
	claims: ClaimScore;
	keywords: KeywordScore;
	tldr: string;
	tldrAcceptable: boolean;
	tldrConnector: boolean;
	/** Sentence roles against the gold `summary`; null where the gold paper has none. */
	summary: SummaryScore | null;
}

/** Which keyphrases were scored: the record's own, or entity and acronym names standing in. */
export type KeywordSource = 'keyphrases' | 'entity+acronym names';

/** The gold key of a record: arXiv id, else DOI in lower case, else title. */
export const keyOf = (paper: Pick<PaperRecord, 'arxivId' | 'doi' | 'title'>): string => paper.arxivId ?? paper.doi?.toLowerCase() ?? paper.title;

/** The record's keyphrases, or null when records do not carry them yet. */
export function keyphrasesOf(paper: PaperRecord): string[] | null {
	if (!Array.isArray(paper.keyphrases)) return null;
	return paper.keyphrases.map((k) => (typeof k === 'string' ? k : (k.text ?? k.name ?? k.phrase ?? ''))).filter(Boolean);
}

/** The phrases scored as the record's keyphrases: its own, or its entity and acronym names. */
export function predictedPhrases(paper: PaperRecord, source: KeywordSource): string[] {
	return source === 'keyphrases'
		? (keyphrasesOf(paper) ?? [])
		: [...paper.entities.map((e) => e.name), ...paper.acronyms.flatMap((a) => [a.short, a.long])];
}

/**
 * The gold claims with each subject widened to every form of the gold entity it names: a subject
 * "Landsat Burned Area Essential Climate Variable (BAECV)" is the entity whose aliases are "BAECV"
 * and the long form, so a claim about the record's entity "BAECV" is about it, as the entity
 * scorer already counts that entity found.
 */
export function withSubjectAliases(gold: Pick<GoldPaper, 'entities' | 'claims'>): GoldPaper['claims'] {
	const formsOf = (name: string) => {
		const entity = gold.entities.find((e) => sameName(name, [e.name, ...e.aliases]));
		return entity ? [entity.name, ...entity.aliases] : [name];
	};
	return gold.claims.map((claim) => (claim.subject ? { ...claim, subject: [...new Set(claim.subject.flatMap(formsOf))] } : claim));
}

/** Scores one record against its gold paper. */
export function evaluatePaper(paper: PaperRecord, gold: GoldPaper, source: KeywordSource): PaperResult {
	const entityForms = new Map(paper.entities.map((e) => [`${e.type}/${e.id}`, [e.name, ...e.spans.map((s) => s.text)]]));
	const phrases = predictedPhrases(paper, source);
	const knownNames = [...gold.entities.flatMap((e) => [e.name, ...e.aliases]), ...gold.optionalEntities];
	const shown = paper.tldr ? tldrText(paper.tldr) : '';
	return {
		key: gold.key,
		field: gold.field,
		entities: scoreEntities(paper.entities, gold.entities, gold.optionalEntities),
		claims: scoreClaims(paper.abstract, paper.claims, entityForms, withSubjectAliases(gold), gold.optionalClaims),
		keywords: scoreKeywords(phrases, gold.keywords, knownNames),
		tldr: shown,
		tldrAcceptable: paper.tldr !== null && isAcceptableTldr(paper.tldr.text, gold.tldr),
		// Judged as shown: the span may start after a connector left out, and the page capitalises it.
		tldrConnector: startsWithConnector(shown),
		summary: gold.summary ? scoreSummary(paper.summary, gold.summary) : null,
	};
}

/** Pairs records with gold papers by key; unpaired ones on either side are returned for the report. */
export function pairWithGold<P extends PaperRecord>(papers: readonly P[], gold: readonly GoldPaper[]) {
	const byKey = new Map(papers.map((p) => [keyOf(p), p]));
	const pairs = gold.flatMap((g) => (byKey.has(g.key) ? [{ paper: byKey.get(g.key)!, gold: g }] : []));
	const paired = new Set(pairs.map((p) => p.gold.key));
	return {
		pairs,
		goldWithoutPaper: gold.filter((g) => !byKey.has(g.key)).map((g) => g.key),
		paperWithoutGold: papers.filter((p) => !paired.has(keyOf(p))).map(keyOf),
	};
}

/** The rates of one row of the report; null where the denominator is zero. */
export interface SummaryRow {
	field: string;
	papers: number;
	entityPrecision: number | null;
	entityRecall: number | null;
	typeRoleAccuracy: number | null;
	claimsFound: number | null;
	claimSubject: number | null;
	/** Gold claims with a subject whose predicted claim names no other method or model besides. */
	claimSubjectAlone: number | null;
	claimPrecision: number | null;
	/** Found claims that state a measure, and whose measure agrees with the gold one. */
	claimMeasureStated: number | null;
	claimMeasureRight: number | null;
	keywordRecall: number | null;
	keywordNoise: number | null;
	tldrAcceptable: number | null;
	tldrConnector: number | null;
	/** Gold-labelled sentences and papers with role labels, and the share in their gold part, overall and per part. */
	summarySentences: number;
	summaryPapers: number;
	summaryRoles: number | null;
	summaryRolesByPart: Record<SummaryPart, number | null>;
}

/** One row per field (alphabetical), then "overall", each from summed counts (micro averages). */
export function summarise(results: readonly PaperResult[]): SummaryRow[] {
	return perField(results, row);
}

/** `row` of each field's results (fields in alphabetical order), then `row` of all of them as "overall". */
export function perField<R extends { field: string }, Row>(results: readonly R[], row: (field: string, results: readonly R[]) => Row): Row[] {
	const fields = [...new Set(results.map((r) => r.field))].sort();
	return [...fields.map((f) => row(f, results.filter((r) => r.field === f))), row('overall', results)];
}

const sumParts = (counts: Record<SummaryPart, number> | undefined) => (counts ? counts.problem + counts.approach + counts.results : 0);

function row(field: string, results: readonly PaperResult[]): SummaryRow {
	const sum = (pick: (r: PaperResult) => number) => results.reduce((total, r) => total + pick(r), 0);
	return {
		field,
		papers: results.length,
		entityPrecision: ratio(sum((r) => r.entities.matched), sum((r) => r.entities.predicted)),
		entityRecall: ratio(sum((r) => r.entities.matched), sum((r) => r.entities.gold)),
		typeRoleAccuracy: ratio(sum((r) => r.entities.typeRoleRight), sum((r) => r.entities.matched)),
		claimsFound: ratio(sum((r) => r.claims.found), sum((r) => r.claims.gold)),
		claimSubject: ratio(sum((r) => r.claims.subjectRight), sum((r) => r.claims.withSubject)),
		claimSubjectAlone: ratio(sum((r) => r.claims.subjectAlone), sum((r) => r.claims.withSubject)),
		claimPrecision: ratio(sum((r) => r.claims.correct), sum((r) => r.claims.predicted)),
		claimMeasureStated: ratio(sum((r) => r.claims.measureStated), sum((r) => r.claims.found)),
		claimMeasureRight: ratio(sum((r) => r.claims.measureRight), sum((r) => r.claims.found)),
		keywordRecall: ratio(sum((r) => r.keywords.recalled), sum((r) => r.keywords.reference)),
		keywordNoise: ratio(sum((r) => r.keywords.noise), sum((r) => r.keywords.predicted)),
		tldrAcceptable: ratio(sum((r) => Number(r.tldrAcceptable)), results.length),
		tldrConnector: ratio(sum((r) => Number(r.tldrConnector)), results.length),
		summarySentences: sum((r) => sumParts(r.summary?.labelled)),
		summaryPapers: results.filter((r) => r.summary).length,
		summaryRoles: ratio(sum((r) => sumParts(r.summary?.right)), sum((r) => sumParts(r.summary?.labelled))),
		summaryRolesByPart: Object.fromEntries(
			SUMMARY_PARTS.map((part) => [part, ratio(sum((r) => r.summary?.right[part] ?? 0), sum((r) => r.summary?.labelled[part] ?? 0))]),
		) as Record<SummaryPart, number | null>,
	};
}
