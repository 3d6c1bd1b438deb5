/**
 * A paper's entity names as keyphrase candidates. The entity rules already found what the
 * paper introduces and the datasets and models it uses; such a name is stronger evidence of
 * what the paper is about than a noun phrase said in passing, and the noun-phrase rule misses
 * some of them ("Qwen2-Math", "GSM8K": numbers and symbols end its phrases).
 */
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';

/** A keyphrase candidate, with the role of the entity it names, if it names one. */
export interface NamedCandidate extends Span {
	entity?: Entity['role'];
}

/**
 * `candidates` with each entity's first mention in `abstract` joined to them: a candidate
 * that is an entity's name (compared by `formOf`) takes that entity's role, `introduced`
 * winning over `used`; a name no candidate spells is added at its first mention.
 * Mentions outside the abstract (a name only in the title) are not verbatim spans of it and are skipped.
 *
 * @example withEntityNames('We train Qwen2-Math on GSM8K.', [], [{ role: 'used', spans: [{ start: 9, end: 19, text: 'Qwen2-Math' }] }], (s) => s)
 * // → [{ start: 9, end: 19, text: 'Qwen2-Math', entity: 'used' }]
 */
export function withEntityNames(
	abstract: string,
	candidates: readonly Span[],
	entities: readonly Pick<Entity, 'role' | 'spans'>[],
	formOf: (phrase: string) => string,
): NamedCandidate[] {
	const list: NamedCandidate[] = candidates.map((c) => ({ ...c }));
	const byForm = new Map(list.map((c) => [formOf(c.text), c]));
	for (const entity of entities) {
		const mentions = entity.spans.filter((s) => abstract.slice(s.start, s.end) === s.text);
		const first = mentions.reduce<Span | undefined>((a, s) => (a && a.start <= s.start ? a : s), undefined);
		if (!first) continue;
		const form = formOf(first.text);
		const named = byForm.get(form);
		if (named) named.entity = named.entity === 'introduced' ? 'introduced' : entity.role;
		else {
			const added: NamedCandidate = { start: first.start, end: first.end, text: first.text, entity: entity.role };
			list.push(added);
			byForm.set(form, added);
		}
	}
	return list;
}
