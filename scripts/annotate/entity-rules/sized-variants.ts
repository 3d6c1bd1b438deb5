/**
 * A size of the paper's own model is the paper's too: "we present Embodied Reasoning Agent
 * (ERA) … ERA-3B surpasses …" reports the 3-billion-parameter ERA, which the authors trained.
 * A parameter-count suffix on an introduced name ("ERA-3B", "Foo 7B") names a variant of it,
 * not another group's model that the paper used.
 */
import type { Candidate } from './resolve-mentions.ts';

const SIZED = /^(.+?)[-\s]?\d+(?:\.\d+)?[BM]$/;

/** Marks as introduced each candidate named by an introduced candidate's name and a parameter count, in place. */
export function markOwnSizedVariants(candidates: readonly Candidate[]): void {
	const introduced = new Set(candidates.filter((c) => c.role === 'introduced').map((c) => c.name));
	if (introduced.size === 0) return;
	for (const candidate of candidates) {
		const base = SIZED.exec(candidate.name)?.[1];
		if (candidate.role === 'used' && base && introduced.has(base)) candidate.role = 'introduced';
	}
}
