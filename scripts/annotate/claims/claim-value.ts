/**
 * The record every claim finder gives (`claim-values.ts` runs them): apart from the list of
 * finders, so a finder and the list that registers it do not import each other.
 */

/** One result value in a text: its offset and its text, trimmed. */
export interface ClaimValue {
	index: number;
	text: string;
}
