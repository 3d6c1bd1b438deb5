/**
 * The releases of one family a paper introduces are of one kind: "We present MiroThinker-1.7, a
 * new research agent … we further introduce MiroThinker-H1 … We also release MiroThinker-1.7 and
 * MiroThinker-1.7-mini as open-source models". When the text shows one release to be a model, a
 * sibling it introduces under the same family name with only a version or a tier after it
 * ("-H1", "-2.0", "-mini", "-Pro") is a model too, though no sentence says so of it. A sibling
 * named by another kind of word ("MiroThinker-Bench", "MiroThinker-RL") keeps its own evidence.
 */
import { isCoinedName } from './coined-name.ts';
import type { Candidate } from './resolve-mentions.ts';

/** A version ("1.7", "v2"), a letter and a version ("H1", "K2.5"), or a tier word, hyphen-joined. */
const RELEASE_PART = String.raw`(?:v?\d+(?:\.\d+)*|[A-Z]\d{1,2}(?:\.\d+)?|mini|nano|lite|pro|max|plus|flash|turbo|instruct|chat|base)`;
const RELEASE_TAIL = new RegExp(String.raw`^${RELEASE_PART}(?:-${RELEASE_PART})*$`, 'i');

/** The family a release name opens with: a coined word of three characters or more before its first hyphen. */
function familyOf(name: string): string | undefined {
	const head = name.split('-')[0]!;
	return name.includes('-') && head.length >= 3 && isCoinedName(head) ? head : undefined;
}

/** Types as models the introduced releases of a family whose introduced sibling is a model, in place. */
export function typeReleaseSiblings(candidates: readonly Candidate[]): void {
	const families = new Set(candidates.filter((c) => c.role === 'introduced' && c.type === 'model').map((c) => familyOf(c.name)).filter((f) => f !== undefined));
	if (families.size === 0) return;
	for (const candidate of candidates) {
		if (candidate.role !== 'introduced' || candidate.type !== 'method' || candidate.statedType) continue;
		const family = familyOf(candidate.name);
		if (family && families.has(family) && RELEASE_TAIL.test(candidate.name.slice(family.length + 1))) candidate.type = 'model';
	}
}
