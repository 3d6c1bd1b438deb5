/**
 * A size of the paper's own model is the paper's too: "we present Embodied Reasoning Agent
 * (ERA) … ERA-3B surpasses …" reports the 3-billion-parameter ERA, which the authors trained.
 * A parameter-count suffix on an introduced name ("ERA-3B", "Foo 7B") names a variant of it,
 * not another group's model that the paper used.
 *
 * So does a part or a release the name heads with a hyphen: "we introduce GlyphKit … an encoder
 * GlyphKit-Encoder … a decoder GlyphKit-Decoder … the GlyphKit-50K data" are pieces of what the
 * paper built, named after it. The head must be a coined name of three characters or more, so a
 * short or plain word the authors also used ("Vision", "RL") claims no one else's model. The head
 * may stand before several such parts ("we present Kernel-Smith … Kernel-Smith-235B-RL …
 * our Kernel-Smith-MACA-30B"): a size with a training stage after it, a backend before a size.
 */
import { isCoinedName } from './coined-name.ts';
import type { Candidate } from './resolve-mentions.ts';

const SIZED = /^(.+?)[-\s]?\d+(?:\.\d+)?[BM]$/;
// "Name-Part": a head before a hyphen, a capitalised or numeric part after it, maybe more parts after that.
const HYPHEN_PART = /-(?=[A-Z0-9][A-Za-z0-9.]*(?:-|$))/g;

// Two capitalised words joined by a hyphen ("Kernel-Smith", "Gen-Searcher") are a coinage too, which no plain word is.
const CAPITAL_COMPOUND = /^[A-Z][a-z]+-[A-Z][a-z]+$/;

/** Every head of a hyphenated name, shortest first: "A-B-7B-RL" → "A", "A-B", "A-B-7B". */
function heads(name: string): string[] {
	return [...name.matchAll(HYPHEN_PART)].map((m) => name.slice(0, m.index)).filter((head) => head.length >= 3);
}

/** Marks as introduced each candidate named by an introduced candidate's name and a parameter count or a hyphenated part, in place. */
export function markOwnSizedVariants(candidates: readonly Candidate[]): void {
	const introduced = new Set(candidates.filter((c) => c.role === 'introduced').map((c) => c.name));
	if (introduced.size === 0) return;
	for (const candidate of candidates) {
		if (candidate.role !== 'used') continue;
		const base = SIZED.exec(candidate.name)?.[1];
		const own = heads(candidate.name).some((head) => introduced.has(head) && (isCoinedName(head) || CAPITAL_COMPOUND.test(head)));
		if ((base && introduced.has(base)) || own) candidate.role = 'introduced';
	}
}
