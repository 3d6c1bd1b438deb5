/**
 * Keyphrase scores against Hugging Face's `ai_keywords`, kept apart from the hand-picked
 * reference keyphrases: `ai_keywords` are written by a model that read the abstract, so some
 * are not words of it at all. Besides recall and noise (the matching rules of
 * `score-keywords.ts`; noise is a phrase that recalls no `ai_keywords` entry, no name being
 * known), each paper reports the ceiling: how many entries occur verbatim in the title or
 * abstract, and how many a keyphrase candidate of the abstract recalls, so a miss can be told
 * apart as not in the text, never a candidate, or a candidate ranked out.
 */
import type { Span } from '../../src/shared/paper-schema.ts';
import { perField } from './evaluate.ts';
import type { GoldPaper } from './gold.ts';
import { normalise, ratio } from './match.ts';
import { keywordWords, recallsKeyword, scoreKeywords, type KeywordScore } from './score-keywords.ts';

/** Why an `ai_keywords` entry was not recalled. */
export type MissReason = 'not in the text' | 'no candidate' | 'ranked out';

export interface AiKeywordResult {
	key: string;
	field: string;
	keywords: KeywordScore;
	/** Entries found verbatim (case- and whitespace-insensitive) in the title or abstract. */
	verbatim: number;
	/** Entries that a keyphrase candidate of the abstract recalls. */
	candidates: number;
	/** Each missed entry with the reason it was missed. */
	misses: { keyword: string; reason: MissReason }[];
}

/** The inputs of one paper: its text, its predicted phrases and its keyphrase candidates. */
export interface AiKeywordInput {
	title: string;
	abstract: string;
	predicted: readonly string[];
	candidates: readonly Span[];
}

/**
 * Scores one paper's predicted phrases against its gold `ai_keywords`.
 *
 * @example evaluateAiKeywords({ title: 'T', abstract: 'We train diffusion models.', predicted: ['diffusion models'], candidates: [] }, gold)
 * // gold.keywords ['diffusion model', 'image synthesis'] → recalled 1, verbatim 1, misses [{ keyword: 'image synthesis', reason: 'not in the text' }]
 */
export function evaluateAiKeywords(input: AiKeywordInput, gold: GoldPaper): AiKeywordResult {
	const keywords = scoreKeywords(input.predicted, gold.keywords, []);
	const text = normalise(`${input.title} ${input.abstract}`);
	const candidateWords = input.candidates.map((c) => keywordWords(c.text));
	const isVerbatim = (keyword: string) => text.includes(normalise(keyword));
	const isCandidate = (keyword: string) => {
		const words = keywordWords(keyword);
		return candidateWords.some((c) => recallsKeyword(c, words));
	};
	const reason = (keyword: string): MissReason => (isCandidate(keyword) ? 'ranked out' : isVerbatim(keyword) ? 'no candidate' : 'not in the text');
	return {
		key: gold.key,
		field: gold.field,
		keywords,
		verbatim: gold.keywords.filter(isVerbatim).length,
		candidates: gold.keywords.filter(isCandidate).length,
		misses: keywords.missed.map((keyword) => ({ keyword, reason: reason(keyword) })),
	};
}

/** One row of the `ai_keywords` table; rates are null where the denominator is zero. */
export interface AiKeywordRow {
	field: string;
	papers: number;
	entries: number;
	recall: number | null;
	noise: number | null;
	verbatim: number | null;
	candidates: number | null;
}

/** One row per field (alphabetical), then "overall", each from summed counts (micro averages). */
export function summariseAiKeywords(results: readonly AiKeywordResult[]): AiKeywordRow[] {
	return perField(results, row);
}

function row(field: string, results: readonly AiKeywordResult[]): AiKeywordRow {
	const sum = (pick: (r: AiKeywordResult) => number) => results.reduce((total, r) => total + pick(r), 0);
	const entries = sum((r) => r.keywords.reference);
	return {
		field,
		papers: results.length,
		entries,
		recall: ratio(sum((r) => r.keywords.recalled), entries),
		noise: ratio(sum((r) => r.keywords.noise), sum((r) => r.keywords.predicted)),
		verbatim: ratio(sum((r) => r.verbatim), entries),
		candidates: ratio(sum((r) => r.candidates), entries),
	};
}
