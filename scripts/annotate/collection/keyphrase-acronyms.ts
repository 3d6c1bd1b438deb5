/**
 * Acronyms an abstract defines right after a keyphrase candidate ("large language models
 * (LLMs)"): keyphrase features count the acronym's occurrences for its long form and drop the
 * acronym as a candidate of its own, so one concept is not scored twice.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';

// A definition "long form (ACR)": the parenthesised acronym right after a candidate.
const DEFINITION = /\s*\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)/y;

/**
 * Acronyms the abstract defines right after a candidate whose word initials they spell: the
 * acronyms, and each long form's start mapped to its acronym.
 * "Large language models (LLMs) hallucinate." → acronyms { LLMs }, long form at 0 → "LLMs".
 */
export function definedAcronyms({ abstract, candidates }: { abstract: string; candidates: readonly Span[] }): { acronyms: Set<string>; longForms: Map<number, string> } {
	const acronyms = new Set<string>();
	const longForms = new Map<number, string>();
	for (const candidate of candidates) {
		DEFINITION.lastIndex = candidate.end;
		const acronym = DEFINITION.exec(abstract)?.[1];
		if (!acronym || !initialsMatch(candidate.text, acronym)) continue;
		acronyms.add(acronym);
		longForms.set(candidate.start, acronym);
	}
	return { acronyms, longForms };
}

/**
 * True when the acronym's capitals are the first letters of the long form's last words, in
 * order, or the capitals of a long form written in title case ("Long-horizon Memory Embedding
 * Benchmark (LMEB)", "Multi-View GRPO (MV-GRPO)"), where a hyphen's lowercase part adds no letter.
 */
function initialsMatch(longForm: string, acronym: string): boolean {
	const initials = longForm
		.split(/[\s-]+/)
		.map((w) => w[0]!.toUpperCase())
		.join('');
	const capitals = acronym.replace(/[^A-Z]/g, '');
	return capitals.length >= 2 && (initials.endsWith(capitals) || longForm.replace(/[^A-Z]/g, '') === capitals);
}
