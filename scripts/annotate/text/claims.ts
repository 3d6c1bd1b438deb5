/**
 * Quantitative claims: each number that states a result (`claims/claim-values.ts`), with its
 * sentence and whom it is about (`claims/claim-subjects.ts`): the entities of its own clause,
 * the name bracketed after it, its partner in a "respectively" list, or the paper's own method
 * when the sentence calls it "it", "we" or "our method".
 */
import type { Claim, Entity, Span } from '../../../src/shared/paper-schema.ts';
import { claimSubjects } from '../claims/claim-subjects.ts';
import { findClaimValues } from '../claims/claim-values.ts';
import type { TextRule } from './text-rule.ts';

/** The `claims` text rule: numbers stating results, tied to the entities they are about. */
export const claimsRule: TextRule<'claims', 'entities'> = {
	field: 'claims',
	needs: ['entities'],
	annotate: ({ abstract, sentences }, { entities }) => extractClaims(abstract, sentences, entities),
};

/** Extracts the quantitative claims of an abstract. */
export function extractClaims(abstract: string, sentences: Span[], entities: Entity[]): Claim[] {
	const urls = [...abstract.matchAll(/https?:\/\/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
	// Numbers inside entity names ("GPT-4o", "TD3") are names, not results.
	const named = entities.flatMap((e) => e.spans);
	const outside = (start: number, end: number) =>
		!urls.some(([s, e]) => start < e && s < end) && !named.some((s) => start < s.end && s.start < end);
	const claims: Claim[] = [];
	for (const sentence of sentences) {
		const values = findClaimValues(sentence.text)
			.map((v) => ({ start: v.index, end: v.index + v.text.length, text: v.text }))
			.filter((v) => outside(sentence.start + v.start, sentence.start + v.end));
		if (values.length === 0) continue;
		const about = claimSubjects(sentence, values, entities);
		values.forEach((v, i) => {
			const start = sentence.start + v.start;
			claims.push({ value: { start, end: start + v.text.length, text: v.text }, sentence, about: about[i]! });
		});
	}
	return claims;
}
