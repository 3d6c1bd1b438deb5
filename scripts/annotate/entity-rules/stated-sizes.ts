/**
 * The paper's model named bare and sized, where the text says the bare name is of that size: "We
 * present DR-Venus, a frontier 4B deep research agent … DR-Venus-4B significantly outperforms …".
 * The apposition gives the one size the model has, so the sized name is another way of writing the
 * same model, and two pages would split it. Where the text gives the bare name no size, or sizes it
 * otherwise, the sized name stays a variant of its own (`sized-variants.ts`: "ERA" and "ERA-3B").
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { Candidate } from './resolve-mentions.ts';

const SIZED = /^(.+?)[-\s]?(\d+(?:\.\d+)?[BM])$/;

/** The candidates with each introduced model's one sized name, which the text says is its size, folded into it. */
export function foldStatedSizes(candidates: readonly Candidate[], abstract: string): Candidate[] {
	const introduced = new Map(candidates.filter((c) => c.role === 'introduced').map((c) => [c.name, c]));
	if (introduced.size === 0) return [...candidates];
	const sized = candidates.map((c) => ({ candidate: c, parts: SIZED.exec(c.name) })).filter(({ parts }) => parts && introduced.has(parts[1]!));
	const folded = new Set<Candidate>();
	for (const { candidate, parts } of sized) {
		const [, base, size] = parts!;
		if (sized.filter(({ parts: other }) => other![1] === base).length !== 1) continue;
		// "DR-Venus, a frontier 4B deep research agent": the size in the bare name's apposition.
		if (!new RegExp(String.raw`(?<![\w-])${escapeRegExp(base!)},\s+an?\s+(?:[\w-]+\s+){0,3}?${escapeRegExp(size!)}(?![\w.])`).test(abstract)) continue;
		const own = introduced.get(base!)!;
		for (const form of [candidate.name, ...candidate.forms]) own.forms.add(form);
		folded.add(candidate);
	}
	return candidates.filter((c) => !folded.has(c));
}
