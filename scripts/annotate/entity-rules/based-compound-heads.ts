/**
 * A lexicon's name of plain words headed by a generic kind ("market model") that a "-based"
 * modifier turns into another thing: "we propose an auction-based market model for computing
 * resources" names the paper's own auction model, not the event study's market model; "a
 * graph-based diffusion model" is no diffusion model of images either. The modifier says what the
 * new thing rests on, and the head noun is only its kind, so the lexicon's entry is not what the
 * words mean there. Names with a head of their own ("random forest", "gradient boosting") are left.
 */

/** A "-based" modifier right before the match: "auction-based ", "LSTM-based ". */
const BASED_BEFORE = /[A-Za-z0-9]-based\s+$/;
/** A generic kind as the last word of the match. */
const KIND_HEAD = /\s(?:models?|frameworks?|approach(?:es)?|schemes?|systems?)$/i;

/**
 * Whether the lower-case multi-word lexicon match `text` at `start` of `abstract` is the head of a
 * "-based" compound.
 *
 * @example isBasedCompoundHead('an auction-based market model', 17, 'market model') // true
 * @example isBasedCompoundHead('the market model of returns', 4, 'market model') // false
 */
export function isBasedCompoundHead(abstract: string, start: number, text: string): boolean {
	return KIND_HEAD.test(text) && BASED_BEFORE.test(abstract.slice(Math.max(0, start - 40), start));
}
