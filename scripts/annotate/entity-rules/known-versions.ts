/**
 * A benchmark or dataset the lexicons know, written with the version the paper evaluated on:
 * "on AlpacaEval 2.0", "LongBench v2", "Spider 2.0". Benchmarks are re-released under versions
 * whose items and scores differ, so the version is part of the name a reader needs; lexicon
 * matching stops before it and reports the bare name, cut short. The version is a decimal
 * ("2.0") or "v" and a number ("v2", "V1.1") after a space or a hyphen ("CodeArena-v3"), never a bare integer ("MATH 500" is a
 * subset, "Figure 3" no name). A count joined by a hyphen is the fixed subset a field evaluates on
 * ("MATH-500", the 500 problems everyone reports), a dataset of its own name. Only datasets: models
 * have families and sizes of their own rules. A name the lexicons do not know is a benchmark's all the
 * same when its shape says so ("Harbor-Bench 2.0", "ToolEval 1.1"): the field names its benchmarks
 * "…Bench" and "…Eval", and only a benchmark comes with a version so named. A known benchmark's
 * split named by a word after a space is one too ("GPQA Diamond", "SWE-bench Verified", "BIG-Bench
 * Hard"): the curated or harder subset the field reports on, whose scores are not the whole set's.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex } from './lexicon-names.ts';
import { allMatches } from '../all-matches.ts';

/** A word, a space, then a version: "AlpacaEval 2.0", "LongBench v2"; or "v" and a number joined by a hyphen ("CodeArena-v3"). */
const VERSIONED = /(?<![\w-])([A-Z][\w-]*?[A-Za-z0-9])(?:\s([vV]\d+(?:\.\d+)?|\d+\.\d+)|-([vV]\d+(?:\.\d+)?))(?![\w-]|\.\d)/g;
/** A capitalised word, a hyphen, then a count of items: "MATH-500". */
const SUBSET = /(?<![\w-])([A-Z][\w]*[A-Za-z])-(\d{2,5})(?![\w-]|[.,]\d)/g;

/**
 * A capitalised word, a space, then the word naming a benchmark's split: "GPQA Diamond", "SWE-bench
 * Lite". The words are those benchmarks give their curated, harder or smaller subsets.
 */
const SPLIT = /(?<![\w-])([A-Z][\w-]*?[A-Za-z0-9]) (?:Diamond|Verified|Lite|Hard|Challenge|Easy|Extended|Full|Mini|Pro|Plus)(?![\w-])/g;

/** The ending by which a benchmark is named ("Harbor-Bench", "AlpacaEval"). */
const BENCHMARK_SHAPE = /[A-Za-z0-9]-?(?:Bench|Eval)$/;

/** Versions of a known dataset, as the dataset the paper used. */
export const knownVersions: EntityRule = {
	name: 'known versions',
	priority: 2,
	find({ abstract, lexicons, isGeneric, inUrl }) {
		if (!lexicons || !/[\s-](?:[vV]\d|\d+\.\d)|[A-Za-z]-\d\d| (?:Diamond|Verified|Lite|Hard|Challenge|Easy|Extended|Full|Mini|Pro|Plus)\b/.test(abstract)) return [];
		const { lookup } = lexiconIndex(lexicons);
		const found: FoundName[] = [];
		const versions = allMatches(abstract, VERSIONED).map((m) => [m, true] as const);
		const subsets = [...allMatches(abstract, SUBSET), ...allMatches(abstract, SPLIT)].map((m) => [m, false] as const);
		for (const [m, versioned] of [...versions, ...subsets]) {
			const [name, known] = m as unknown as [string, string];
			const benchmark = versioned && BENCHMARK_SHAPE.test(known);
			if ((lookup.get(known)?.type !== 'dataset' && !benchmark) || inUrl(m.index) || isGeneric(name) || found.some((f) => f.name === name)) continue;
			found.push({ type: 'dataset', name, role: 'used', forms: [], statedType: true });
		}
		return found;
	},
};
