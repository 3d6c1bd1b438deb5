/**
 * The type a name's own shape and context give it, for names no lexicon types: a pattern rule
 * guesses "method" for a coined name, and the evidence corrects it.
 *
 * - dataset: a benchmark-like suffix ("CAMEL-Bench", "ReachQA", "LongMemEval", "WebSight-Test"),
 *   a benchmark or dataset noun beside it ("benchmarks RULER and InfiniteBench", "Ego2Act, a
 *   benchmark", "the MemoTrap dataset", a title "CAMEL-Bench: A … Benchmark"), or a place in a
 *   list with a dataset the lexicons know ("XSum, MemoTrap and NQ-Open"), a long form that says
 *   so ("Chinese Corpora Internet 3.0 (CCI3.0)");
 * - model: a parameter-count suffix ("Qwen3-8B", "Skywork-Reward-Gemma-27B").
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { EntityType } from '../lexicons.ts';

const DATASET_SUFFIX = /(?:Bench|QA|Eval|[-_](?:Test|Set|Arena|Suite)|Corpus)$/;
const DATASET_NOUN = String.raw`(?:benchmarks?|datasets?|corpus|corpora|suites?|testbeds?|leaderboards?|test sets?)`;
const MODEL_SIZE = /-\d+(?:\.\d+)?[BM]$/;

/** What the evidence reads about the paper. */
export interface TypeEvidence {
	title: string;
	abstract: string;
	/** Whether a lexicon lists the name as a dataset. */
	isKnownDataset(name: string): boolean;
	/** Other forms of the name, such as the long form of an acronym ("Chinese Corpora Internet 3.0"). */
	forms?: readonly string[];
}

/**
 * The type the evidence gives `name`, or `guess` when it gives none. Only a guessed "method"
 * is corrected: a dataset or model type already rests on evidence of its own.
 *
 * @example typeFromEvidence('CAMEL-Bench', 'method', evidence) // 'dataset'
 */
export function typeFromEvidence(name: string, guess: EntityType, evidence: TypeEvidence): EntityType {
	if (guess !== 'method') return guess;
	if (MODEL_SIZE.test(name)) return 'model';
	if (DATASET_SUFFIX.test(name)) return 'dataset';
	if ((evidence.forms ?? []).some((form) => new RegExp(String.raw`\b${DATASET_NOUN}\b`, 'i').test(form))) return 'dataset';
	const n = escapeRegExp(name);
	const beside = new RegExp(
		String.raw`(?<![\w-])${n}(?![\w-])(?:\s+${DATASET_NOUN}\b|,\s+an?\s+(?:[\w-]+\s+){0,4}?${DATASET_NOUN}\b)` +
			String.raw`|\b${DATASET_NOUN}\s+(?:(?:such as|like|including|named|called)\s+)?(?:[\w.-]+(?:,\s+|\s+and\s+)){0,4}${n}(?![\w-])`,
		'i',
	);
	if (beside.test(evidence.abstract)) return 'dataset';
	const prefix = new RegExp(String.raw`^${n}:\s.*\b${DATASET_NOUN}\b`, 'i');
	if (prefix.test(evidence.title)) return 'dataset';
	return inListWithDataset(name, evidence) ? 'dataset' : guess;
}

/** Whether `name` stands in a comma / "and" list beside a dataset the lexicons know. */
function inListWithDataset(name: string, { abstract, isKnownDataset }: TypeEvidence): boolean {
	const item = String.raw`[A-Z][\w.'-]*(?:\s[A-Z0-9][\w.-]*)?`;
	const list = new RegExp(String.raw`${item}(?:(?:,\s+|,?\s+(?:and|or)\s+)${item})+`, 'g');
	for (const m of abstract.matchAll(list)) {
		const items = m[0].split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((s) => s.trim());
		if (!items.includes(name)) continue;
		if (items.some((other) => other !== name && isKnownDataset(other))) return true;
	}
	return false;
}
