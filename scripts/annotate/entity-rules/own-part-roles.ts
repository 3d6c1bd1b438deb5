/**
 * The rules that read a used name as the paper's own part, in the order they are tried (one
 * module each in `own-parts/`). They change only a role, never find a name: a part named in
 * passing is found by the pattern rules, and its evidence of being the authors' own (a definition
 * in their sentence, the title) is read once every name is known.
 */
import type { EntityContext } from './entity-rule.ts';
import type { OwnPartContext, OwnPartRule } from './own-parts/own-part-rule.ts';
import { composedOfParts } from './own-parts/composed-of-parts.ts';
import { titleOpeningNames } from './own-parts/title-opening-names.ts';
import type { Candidate } from './resolve-mentions.ts';

/** Every own-part rule. */
export const OWN_PART_RULES: readonly OwnPartRule[] = [titleOpeningNames, composedOfParts];

/** Marks as introduced, in place, each used candidate that some own-part rule claims for the paper. */
export function markOwnParts(candidates: readonly Candidate[], context: EntityContext, rules: readonly OwnPartRule[] = OWN_PART_RULES): void {
	const introduced = new Set(candidates.filter((c) => c.role === 'introduced').map((c) => c.name));
	const own: OwnPartContext = { ...context, introduced };
	for (const candidate of candidates) {
		if (candidate.role === 'used' && rules.some((rule) => rule.isOwn(candidate, own))) candidate.role = 'introduced';
	}
}
