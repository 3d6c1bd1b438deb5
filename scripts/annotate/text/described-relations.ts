/**
 * Relationships a paper describes are what it found, not a thing it contributes: "We describe relationships between the
 * hydrogen bonding capability of an adsorbate, the dipole moment of the adsorbate, …" reports how quantities vary together,
 * as "we present evidence that …" reports a finding (`tldr-cues.ts` `PRESENTS_FINDING`). Its verb of describing is no
 * contribution verb there, and the study's own statement of what it investigated or found is left to stand.
 */
import { WE } from './first-person.ts';

// "we describe relationships between", "we report the associations among", "we present correlations of".
const DESCRIBES_RELATIONS = new RegExp(
	String.raw`\b${WE}\s+(?:\w+\s+)?(?:describe|present|report)\s+(?:the\s+)?(?:relationships?|associations?|correlations?)\s+(?:between|among|of)\b`,
	'gi',
);

/**
 * The sentence without a verb of describing whose object is relationships, so that no contribution is read in it.
 *
 * @example withoutDescribedRelations('We describe relationships between bond strength and dipole moment.') // ' bond strength and dipole moment.'
 * @example withoutDescribedRelations('We describe a toolkit for relationship extraction.') // unchanged
 */
export function withoutDescribedRelations(sentence: string): string {
	return sentence.replace(DESCRIBES_RELATIONS, '');
}
