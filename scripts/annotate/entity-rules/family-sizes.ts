/**
 * A model family named bare and then by the one size the paper ran: "across model families (Foo3
 * and Bar2) … improves Foo3-14B from …". The family is how the sentence before introduces the
 * sized model, not a second model, and two pages would split one. When the only sized used model
 * of a family sits beside the bare family name, the family becomes a form of the sized model.
 *
 * Two sizes of one family ("Foo3-8B and Foo3-14B") leave the family alone: which one it stands for
 * is not said. The paper's own models are left to `sized-variants.ts`, which reads a size of an
 * introduced name as a variant the authors trained.
 */
import type { Candidate } from './resolve-mentions.ts';

const SIZED = /^(.+?)[-\s]?\d+(?:\.\d+)?[BM]$/;

/** Folds a used model family into its one used sized model, in place; `key` is the candidates' map key. */
export function foldFamilySizes(candidates: Map<string, Candidate>, key: (type: string, name: string) => string): void {
	const sizesOf = new Map<string, Candidate[]>();
	for (const candidate of candidates.values()) {
		const base = candidate.type === 'model' && candidate.role === 'used' ? SIZED.exec(candidate.name)?.[1] : undefined;
		if (base) sizesOf.set(base, [...(sizesOf.get(base) ?? []), candidate]);
	}
	for (const [base, sizes] of sizesOf) {
		const familyKey = key('model', base);
		const family = candidates.get(familyKey);
		if (sizes.length !== 1 || !family || family.role !== 'used' || family === sizes[0]) continue;
		for (const form of [family.name, ...family.forms]) sizes[0]!.forms.add(form);
		candidates.delete(familyKey);
	}
}
