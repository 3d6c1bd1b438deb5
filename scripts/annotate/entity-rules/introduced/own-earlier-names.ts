/**
 * A name the authors call their own earlier work is no name this paper introduces: "(i)
 * GTA-Atomic, inherited from our prior GTA benchmark, evaluates …", "extending our previous
 * FooNet". The rules for introduced names read the title, a repository address or an acronym the
 * paper defines, all of which may name the earlier work the new one builds on; "our prior",
 * "our previous" or "our earlier" before the name says it was made before, and used here.
 */
import { escapeRegExp } from '../../../../src/shared/regexp.ts';

/** Whether `abstract` writes `name` as the authors' earlier work ("our prior GTA benchmark"). */
export function isOwnEarlierName(name: string, abstract: string): boolean {
	if (!/\bour\s+(?:prior|previous|earlier|original)\s/i.test(abstract)) return false;
	return new RegExp(String.raw`\bour\s+(?:prior|previous|earlier|original)\s+(?:[a-z][\w-]*\s+)?${escapeRegExp(name)}(?![\w-])`, 'i').test(abstract);
}
