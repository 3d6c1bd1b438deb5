/**
 * A paper's entity names as keyphrase candidates. The entity rules already found what the
 * paper introduces and the datasets and models it uses; such a name is stronger evidence of
 * what the paper is about than a noun phrase said in passing, and the noun-phrase rule misses
 * some of them ("Qwen2-Math", "GSM8K": numbers and symbols end its phrases).
 */
import type { Entity, Span } from '../../../src/shared/paper-schema.ts';

/** A paper's candidates with its entity names joined, and the role of the entity each names, if any. */
export interface NamedCandidates {
	candidates: Span[];
	/** Parallel to `candidates`: each one's comparable form. */
	forms: string[];
	/** Parallel to `candidates`: the role of the entity the candidate names, or undefined. */
	roles: (Entity['role'] | undefined)[];
}

/**
 * `candidates` with each entity's first mention in `abstract` joined to them: a candidate
 * that is an entity's name (compared by `formOf`) takes that entity's role, `introduced`
 * winning over `used`; a name no candidate spells is added at its first mention.
 * Mentions outside the abstract (a name only in the title) are not verbatim spans of it and are skipped.
 *
 * @example withEntityNames('We train Qwen2-Math on GSM8K.', [], [{ role: 'used', spans: [{ start: 9, end: 19, text: 'Qwen2-Math' }] }], (s) => s)
 * // → { candidates: [{ start: 9, end: 19, text: 'Qwen2-Math' }], forms: ['Qwen2-Math'], roles: ['used'] }
 */
export function withEntityNames(
	abstract: string,
	candidates: readonly Span[],
	entities: readonly Pick<Entity, 'role' | 'spans'>[],
	formOf: (phrase: string) => string,
): NamedCandidates {
	const list = [...candidates];
	const forms = list.map((c) => formOf(c.text));
	const roles: (Entity['role'] | undefined)[] = list.map(() => undefined);
	if (entities.length === 0) return { candidates: list, forms, roles };
	const byForm = new Map(forms.map((form, i) => [form, i]));
	for (const entity of entities) {
		const mentions = entity.spans.filter((s) => abstract.slice(s.start, s.end) === s.text);
		const first = mentions.reduce<Span | undefined>((a, s) => (a && a.start <= s.start ? a : s), undefined);
		if (!first) continue;
		const form = formOf(first.text);
		const at = byForm.get(form);
		if (at !== undefined) roles[at] = roles[at] === 'introduced' ? 'introduced' : entity.role;
		else {
			byForm.set(form, list.length);
			list.push({ start: first.start, end: first.end, text: first.text });
			forms.push(form);
			roles.push(entity.role);
		}
	}
	return { candidates: list, forms, roles };
}
