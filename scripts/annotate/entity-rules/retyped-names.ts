/**
 * Two candidates that the type evidence made one: "a novel settlement-related database, Built-Up
 * Property Records (BUPR) … The BUPR dataset" may be found as a method by its long form and as a
 * dataset by its short form. The acronym fold joins only candidates of one type, so both survive
 * it; once the text's evidence types both as datasets they are one name of one type, and two
 * entities would give it two pages and split its mentions.
 */
import type { Candidate } from './resolve-mentions.ts';

/**
 * Joins candidates that now share a type and a name (forms joined, the stronger rule's role kept,
 * "introduced" at equal strength), in their first one's place; `key` is the candidates' map key.
 */
export function foldRetypedNames(candidates: readonly Candidate[], key: (type: string, name: string) => string): Candidate[] {
	const byKey = new Map<string, Candidate>();
	for (const candidate of candidates) {
		const k = key(candidate.type, candidate.name);
		const first = byKey.get(k);
		if (!first) {
			byKey.set(k, candidate);
			continue;
		}
		for (const form of candidate.forms) first.forms.add(form);
		first.statedType ||= candidate.statedType;
		if (candidate.priority > first.priority || (candidate.priority === first.priority && candidate.role === 'introduced')) Object.assign(first, { role: candidate.role, priority: candidate.priority });
	}
	return [...byKey.values()];
}
