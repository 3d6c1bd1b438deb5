/**
 * A name the authors call their own earlier work is no name this paper introduces: "(i)
 * GTA-Atomic, inherited from our prior GTA benchmark, evaluates …", "extending our previous
 * FooNet". The rules for introduced names read the title, a repository address or an acronym the
 * paper defines, all of which may name the earlier work the new one builds on; "our prior",
 * "our previous" or "our earlier" before the name says it was made before, and used here. So does a
 * sentence that dates the authors' introducing it to earlier work: "In prior work, we introduced
 * FooBwd, a trainable …", "Previously, we proposed BarNet"; the paper then studies or extends it.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';

/** "In prior work, we introduced", "In our previous study we proposed", "Previously, we developed": the sentence's verb of contribution, dated before this paper. */
const EARLIER_INTRODUCTION =
	/(?:^|[.!?]\s+)(?:In\s+(?:our\s+)?(?:prior|previous|earlier)\s+(?:work|works|study|studies|paper|papers|research)|Previously|Earlier|In\s+(?:a|an)\s+(?:prior|previous|earlier)\s+(?:work|study|paper))\s*,?\s+we\s+(?:have\s+)?(?:introduced|proposed|presented|developed|designed|released|built|created)\b/i;

/** Whether `abstract` writes `name` as the authors' earlier work ("our prior GTA benchmark"). */
export function isOwnEarlierName(name: string, abstract: string): boolean {
	if (/\b(?:prior|previous|earlier|previously)\b/i.test(abstract) && EARLIER_INTRODUCTION.test(abstract)) {
		const named = new RegExp(String.raw`${EARLIER_INTRODUCTION.source}[^.;]*?(?<![\w-])${escapeRegExp(name)}(?![\w-])`, 'i');
		if (named.test(abstract)) return true;
	}
	if (!/\bour\s+(?:prior|previous|earlier|original)\s/i.test(abstract)) return false;
	return new RegExp(String.raw`\bour\s+(?:prior|previous|earlier|original)\s+(?:[a-z][\w-]*\s+)?${escapeRegExp(name)}(?![\w-])`, 'i').test(abstract);
}
