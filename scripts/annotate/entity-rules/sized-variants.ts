/**
 * A size of the paper's own model is the paper's too: "we present Embodied Reasoning Agent
 * (ERA) … ERA-3B surpasses …" reports the 3-billion-parameter ERA, which the authors trained.
 * A parameter-count suffix on an introduced name ("ERA-3B", "Foo 7B") names a variant of it,
 * not another group's model that the paper used.
 *
 * So does a part or a release the name heads with a hyphen: "we introduce GlyphKit … an encoder
 * GlyphKit-Encoder … a decoder GlyphKit-Decoder … the GlyphKit-50K data" are pieces of what the
 * paper built, named after it. The head must be a coined name of three characters or more, so a
 * short or plain word the authors also used ("Vision", "RL") claims no one else's model.
 */
import { isCoinedName } from './coined-name.ts';
import type { Candidate } from './resolve-mentions.ts';

const SIZED = /^(.+?)[-\s]?\d+(?:\.\d+)?[BM]$/;
// "Name-Part": the head before the last hyphen, a capitalised or numeric part after it.
const HYPHEN_PART = /^(.{3,})-[A-Z0-9][A-Za-z0-9.]*$/;

/** Marks as introduced each candidate named by an introduced candidate's name and a parameter count or a hyphenated part, in place. */
export function markOwnSizedVariants(candidates: readonly Candidate[]): void {
	const introduced = new Set(candidates.filter((c) => c.role === 'introduced').map((c) => c.name));
	if (introduced.size === 0) return;
	for (const candidate of candidates) {
		if (candidate.role !== 'used') continue;
		const base = SIZED.exec(candidate.name)?.[1];
		const head = HYPHEN_PART.exec(candidate.name)?.[1];
		if ((base && introduced.has(base)) || (head && introduced.has(head) && isCoinedName(head))) candidate.role = 'introduced';
	}
}
