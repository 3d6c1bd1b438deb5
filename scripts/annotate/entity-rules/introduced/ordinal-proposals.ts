/**
 * A part of the method the authors propose in a sentence of its own, walked through by ordinals:
 * "First, we propose a Context-Aware Router that sends …. Second, we introduce
 * Layer-Wise Replay, a buffer that …". `ordinal-parts.ts` reads parts that are the subject of
 * their sentence once a sentence has counted them; here the authors speak in the sentence itself,
 * so the count is not needed.
 *
 * The title-case words alone would be prose; the ordinal and the contribution verb right before
 * them make them a name. Two capitalised words at least, hyphenated ones counted each
 * ("Mixture-of-Experts" is two), so "First, we propose a Transformer that …" stays a generic part;
 * a name the lexicons know is no new part.
 */
import { hit, type NameRule } from './name-rule.ts';

/** A capitalised word, hyphenated words joined by "-of-" or "-and-" included ("Mixture-of-Experts"). */
const TITLED = String.raw`[A-Z][a-z]+(?:-(?:(?:of|and|to|in|on)-)?[A-Z][a-z]+)*`;
/** "First, we propose a X Y (", "Second, we introduce X-Y Z, a …": group 1 the name. */
const ORDINAL_PROPOSAL = new RegExp(
	String.raw`^(?:(?:First|Second|Third|Fourth|Fifth)(?:ly)?|Finally|Lastly),?\s+we\s+(?:propose|introduce|design|develop|devise|present)\s+(?:(?:a|an|the|our)\s+)?(?:(?:new|novel)\s+)?(${TITLED}(?:\s${TITLED}){0,3})(?=\s*[,(.;:]|\s+(?:that|which|to|for|module|block)\b)`,
);

/** Title-case parts the authors propose, one per sentence opened by an ordinal. */
export const ordinalProposals: Extract<NameRule, { scope: 'sentence' }> = {
	name: 'ordinal proposals',
	scope: 'sentence',
	find(sentence, { isGeneric, isKnown }) {
		const name = ORDINAL_PROPOSAL.exec(sentence.text)?.[1];
		if (!name || name.split(/[\s-]/).filter((w) => /^[A-Z]/.test(w)).length < 2) return [];
		if (isGeneric(name) || isKnown(name)) return [];
		return [hit(name)];
	},
};
