/**
 * The related search's reason kinds (`reasonKinds`) of a patched kept space, taken from the last
 * build's wherever they cannot have changed: a term's kind follows from its feature, its label
 * and whether it is the collection's theme (`themeTerms`), which reads its document frequency
 * through `isCommon` and, for a name, the set of common terms. So while no term's commonness
 * changed, only the terms that are new, came back, or have another label are read again — a
 * rebuild no longer tokenises every named term's label. Any doubt reads them all.
 */
import type { KeptSpace } from './kept-space-arrays.ts';
import { reasonKinds } from './related-reasons.ts';
import type { VectorSpace } from './vector-space.ts';

/**
 * `reasonKinds(space, isCommon)` for the space of `now`, a kept space (`vectorizeKept`); `before`
 * is the kept space it was patched from (`patched`), with the kinds kept then. Gives the kinds by
 * the space's term ids and by `now`'s term numbers, to keep with it for the next build.
 */
export function keptReasonKinds(
	space: VectorSpace,
	isCommon: (df: number) => boolean,
	now: KeptSpace,
	before: KeptSpace | undefined,
	patched: boolean,
): { kinds: Uint8Array; byTerm: Uint8Array } {
	const known = patched && before?.kinds && before.kinds.length === before.terms.length && sameCommonTerms(now, before, isCommon) ? before : undefined;
	const kinds = reasonKinds(
		space,
		isCommon,
		known &&
			((id) => {
				const term = now.order[id]!;
				// A term of the last build, present then with the label it has now.
				return term < known.terms.length && known.df[term]! > 0 && known.labels[term] === now.labels[term] ? known.kinds![term]! : -1;
			}),
	);
	const byTerm = new Uint8Array(now.terms.length);
	now.order.forEach((term, id) => (byTerm[term] = kinds[id]!));
	return { kinds, byTerm };
}

/** Whether the same terms are common (`isCommon` of their df, present ones only) in both spaces: then every name's theme status stays. */
function sameCommonTerms(now: KeptSpace, before: KeptSpace, isCommon: (df: number) => boolean): boolean {
	const common = (df: number) => df > 0 && isCommon(df);
	for (let term = 0; term < now.df.length; term++) {
		const was = term < before.df.length ? before.df[term]! : 0;
		if (now.df[term] !== was && common(now.df[term]!) !== common(was)) return false;
	}
	return true;
}
