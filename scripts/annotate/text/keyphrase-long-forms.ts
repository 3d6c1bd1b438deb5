/**
 * An acronym's long form with a function word inside ("Internet of Things (IoT)", "analysis of
 * variance (ANOVA)", "theory of mind (ToM)") is one name, but a noun-phrase run ends at "of": the
 * candidates were its pieces ("Internet", "Things"), each naming nothing. Such a long form, as
 * the abstract defines it, becomes a candidate whole, in place of the pieces inside it.
 */
import type { Acronym, Span } from '../../../src/shared/paper-schema.ts';

/** A function word inside a long form: what split it into pieces. */
const INNER_FUNCTION_WORD = /\s(?:of|for|in|on|and|to|with|the|a|an)\s/i;

/** `candidates`, with each defined long form that holds a function word put whole in place of the candidates inside it. */
export function withWholeLongForms(candidates: readonly Span[], abstract: string, acronyms: readonly Acronym[]): Span[] {
	const wholes: Span[] = [];
	for (const { long, span } of acronyms) {
		if (!INNER_FUNCTION_WORD.test(long) || !span.text.startsWith(long)) continue;
		const start = span.start;
		const end = start + long.length;
		if (abstract.slice(start, end) !== long) continue;
		if (!wholes.some((whole) => whole.text.toLowerCase() === long.toLowerCase())) wholes.push({ start, end, text: long });
	}
	if (wholes.length === 0) return [...candidates];
	const inside = (candidate: Span) => wholes.some((whole) => candidate.start >= whole.start && candidate.end <= whole.end);
	return [...candidates.filter((candidate) => !inside(candidate)), ...wholes].sort((a, b) => a.start - b.start);
}
