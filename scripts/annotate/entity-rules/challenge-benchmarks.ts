/**
 * A benchmark named after the challenge that set it: "leading performance on the Virtual Cell
 * Challenge H1 genetic perturbation benchmark", "the BraTS Challenge 2021 segmentation dataset".
 * Challenges publish their tasks under the challenge's name and a round or a set's code ("H1",
 * "2021"); lower-case words between the name and the benchmark noun say what is measured, which
 * the capitalised-name rules, needing the noun right after the name, do not read. The name runs to
 * "Challenge" and its code, as a used dataset.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** "the … Challenge H1 … benchmark": up to four capitalised words, "Challenge", a code, up to three lower-case words, the noun. */
const CHALLENGE_BENCHMARK =
	/\bthe\s+((?:[A-Z][\w-]*\s+){1,4}Challenge(?:\s+(?:[A-Z]+\d+|\d{4}|[A-Z]\d*))?)\s+(?:[a-z][\w-]*\s+){0,3}(?:benchmark|dataset|task|track)s?\b/g;

/** "the Virtual Cell Challenge H1 genetic perturbation benchmark": the challenge's benchmark, used. */
export const challengeBenchmarks: EntityRule = {
	name: 'challenge benchmarks',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!abstract.includes('Challenge')) return [];
		return allMatches(abstract, CHALLENGE_BENCHMARK)
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m): FoundName => ({ type: 'dataset', name: m[1]!, role: 'used', forms: [] }));
	},
};
