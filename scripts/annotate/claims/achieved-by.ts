/**
 * A result is of the system that is said to achieve it: "the Qwen2.5-32B-Instruct model achieves
 * significant improvements …, including 56.7% on AIME 2024", "the proprietary o1-preview model's
 * score of 44.6%". The name is the grammatical subject of a verb of scoring (or owns the score),
 * so the numbers that follow are its own, even where the clause they stand in names only the
 * benchmarks they were measured on. Results are reported this way in every field that scores
 * systems on shared test sets. A model a gerund of training names, when the training leads to the result ("fine-tuning
 * X on Y leads to drops of 3% on B"), is the system the result is of too.
 */

/** A name's place in the sentence, and whether it is a place of measurement there. */
export interface NamedPlace {
	ref: string;
	start: number;
	end: number;
	dataset: boolean;
}

// Cheap gate: a verb of scoring, a possessive, or a gerund of training anywhere in the sentence.
const CUE = /\b(?:achiev|attain|reach|score|obtain)|['’]s\b|tuning\s|training\s/;
// Right after the name: an optional head noun or bracketed acronym, then a verb of scoring …
const SCORES = /^(?:\s+(?:model|system|agent|method|approach))?(?:\s*\([^()]{1,30}\))?\s+(?:also\s+|still\s+|further\s+)?(?:achieves|achieved|attains|attained|reaches|reached|scores|scored|obtains|obtained)\b/;
// … or a possessive of the score itself ("o1-preview model's score of 44.6%").
const OWNS_SCORE = /^(?:\s+(?:model|system|agent|method))?['’]s\s+(?:[\w-]+\s+)?(?:scores?|accuracy|accuracies|performance|results?|pass@1)\s+(?:of|is|was|are|were)\b/;
// "ThreadWeaver trained atop Qwen3-8B achieves …": a name after a preposition is no subject of the verb.
const OBJECT_OF = /\b(?:atop|on|onto|upon|from|of|with|over|than|by|to|in|into|for|under|via|using|like)\s+(?:the\s+|a\s+|an\s+)?$/i;
// "fine-tuning Llama-3-8B on the mixed data leads to drops of 4% on B": the model a gerund of training names, when the training
// leads to the result, is the system the result is measured of (what it was trained on is the setting).
const TRAINED = /\b(?:fine-?tuning|training|pre-?training|post-?training)\s+(?:the\s+|a\s+)?$/i;
const LEADS_TO = /^(?:\s+(?:model|models))?\s+(?:on|with)\s[^;:,]{1,60}?\s(?:leads?\sto|led\sto|yields?|yielded|results?\sin|resulted\sin|causes?|caused)\b/;
// A sentence stop or a semicolon between the name and the number ends its reach.
const BREAK = /[;:]|\.\s/;

/**
 * The ref of the system that achieves the number starting at `valueStart`: the last name before it
 * that is not a place of measurement, when that name is followed by a verb of scoring or owns the
 * score, is no object of a preposition, and nothing ends the sentence part between it and the
 * number; undefined otherwise.
 *
 * @example achieverBefore('X model achieves 5% on B.', [{ ref: 'model/x', start: 0, end: 1, dataset: false }], 17) // 'model/x'
 */
export function achieverBefore(text: string, names: readonly NamedPlace[], valueStart: number): string | undefined {
	if (!CUE.test(text)) return undefined;
	const last = names.findLast((n) => !n.dataset && n.end <= valueStart);
	if (!last) return undefined;
	const after = text.slice(last.end, valueStart);
	if (BREAK.test(after) || OBJECT_OF.test(text.slice(Math.max(0, last.start - 12), last.start))) return undefined;
	if (TRAINED.test(text.slice(Math.max(0, last.start - 20), last.start)) && LEADS_TO.test(after)) return last.ref;
	return SCORES.test(after) || OWNS_SCORE.test(after) ? last.ref : undefined;
}
