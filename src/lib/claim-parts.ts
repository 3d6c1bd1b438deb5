/**
 * A claim's sentence split around its number, so the number can be marked in place.
 * Both spans index the abstract; when the number does not lie inside the sentence
 * (bad data), the sentence comes back whole with no marked part.
 */
import type { Claim } from '../shared/paper-schema.ts';

export function claimParts(claim: Pick<Claim, 'value' | 'sentence'>): { before: string; value: string | null; after: string } {
	const { value, sentence } = claim;
	const start = value.start - sentence.start;
	const end = value.end - sentence.start;
	if (start < 0 || end > sentence.text.length || sentence.text.slice(start, end) !== value.text) {
		return { before: sentence.text, value: null, after: '' };
	}
	return { before: sentence.text.slice(0, start), value: value.text, after: sentence.text.slice(end) };
}
