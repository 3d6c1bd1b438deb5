/**
 * A name that acts in its sentence: the subject of a verb of improving or scoring ("NUMINA improves
 * counting accuracy by 7.4%", "X-3M achieves 61%") is the system a result is of, whatever type the
 * entity rules gave it. A name is typed by its shape and the words beside it, and a paper's own system
 * with a dataset-like suffix or a word such as "Bench" in it can come out a dataset; a benchmark never
 * improves anything, so where a name is the subject of such a verb, the verb tells more than the type.
 * A name after a preposition ("Training on WebVid improves …") is no subject of the verb.
 */

// Right after the name: an optional adverb, then a verb of improving or scoring in the present or past, or of matching
// another ("Auto-ClawEval matches or exceeds human-curated environments at 13,800x lower cost"), or of yielding a gain ("on
// Qwen2.5-7B, SoT alone yields an average +5.7% improvement": a prompting technique typed dataset by its acronym's shape).
const ACTS = /^\s+(?:also\s+|further\s+|consistently\s+|significantly\s+|substantially\s+|still\s+|alone\s+)?(?:yields|yielded|delivers|delivered|improves|improved|boosts|boosted|raises|raised|increases|increased|reduces|reduced|lowers|lowered|cuts|outperforms|outperformed|surpasses|surpassed|achieves|achieved|attains|attained|reaches|reached|scores|scored|matches|matched|exceeds|exceeded|beats|rivals|rivaled)\b/;
// A preposition right before the name: the name is its object, not the verb's subject.
const OBJECT_OF = /\b(?:on|onto|upon|from|of|with|over|than|by|to|in|into|for|under|via|using|across|like|atop)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * Whether the name at `[start, end)` of `text` is the subject of a verb of improving or scoring.
 *
 * @example actsInSentence('On B, NUMINA improves accuracy by 7.4%.', 6, 12) // true
 * @example actsInSentence('Training on WebVid improves recall.', 12, 18) // false
 */
export function actsInSentence(text: string, start: number, end: number): boolean {
	return ACTS.test(text.slice(end, end + 40)) && !OBJECT_OF.test(text.slice(Math.max(0, start - 16), start));
}
