/**
 * Acronyms a paper defines ("offline reinforcement learning (RL)", "Markov decision processes
 * (MDPs)"), as stems, for the related-paper reasons: a reason's words are read with the
 * acronym spelt out, so "offline RL" and "offline reinforcement learning" are one reason, not two
 * listed side by side.
 */
import { tokenize } from './terms.ts';
import { allMatches } from '../all-matches.ts';

/** "(ACR)", "(MDPs)", "(MV-GRPO)": two capitals at least, a plural "s" allowed. */
const DEFINED = /\(([\p{Lu}][\p{L}\p{N}-]*[\p{Lu}][\p{L}\p{N}-]*)\)/gu;

/**
 * Each acronym's stem mapped to the stems of its long form, for the acronyms `abstract` defines
 * right after the words whose initials they spell (one word per capital).
 *
 * @example definedAcronymStems('Markov decision processes (MDPs) and RL.').get('mdp') // ['markov', 'decis', 'process']
 */
export function definedAcronymStems(abstract: string): Map<string, string[]> {
	const defined = new Map<string, string[]>();
	for (const match of allMatches(abstract, DEFINED)) {
		const acronym = match[1]!;
		const capitals = acronym.replace(/[^\p{Lu}]/gu, '');
		const words = abstract.slice(Math.max(0, match.index - 200), match.index).trim().split(/[\s-]+/).slice(-capitals.length);
		if (words.length !== capitals.length || words.some((word, i) => word[0]?.toUpperCase() !== capitals[i])) continue;
		const acronymStem = tokenize(acronym)[0]?.stem;
		if (acronymStem && !defined.has(acronymStem)) defined.set(acronymStem, tokenize(words.join(' ')).map((t) => t.stem));
	}
	return defined;
}

/** `stems` with each defined acronym's stem replaced by its long form's stems. */
export function spellOut(stems: readonly string[], acronyms: ReadonlyMap<string, readonly string[]>): string[] {
	return acronyms.size ? stems.flatMap((stem) => acronyms.get(stem) ?? [stem]) : [...stems];
}
