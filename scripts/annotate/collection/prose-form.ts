/**
 * A derived topic's name as its papers write it in their sentences. A keyphrase keeps the capitals of
 * where it was read: a title in title case ("Reward Model"), or words capitalised for the acronym they
 * spell ("Large Language Models (LLMs)"), which is a convention, not a name. Where one of the topic's
 * papers also writes the phrase in lower case ("… a reward model that …"), that is how prose writes it,
 * and the topic takes that form ("Reward model"). A name the papers never write in lower case keeps its
 * capitals ("European Union", "Monte Carlo", "United States"), and so does a word that is a name by its
 * own shape (an acronym, "LoRA").
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word whose capitals make it a name whatever the sentence: an acronym, or a capital past its first letter. */
const isNameShaped = (word: string) => /\p{Lu}/u.test(word.slice(1));

/**
 * `written` in lower case (but its name-shaped words) when one of `texts` writes it so, past its first letter;
 * `written` itself otherwise.
 *
 * @example proseForm('Reward Model', ['A Reward Model (RM) scores answers.', 'We train a reward model on pairs.']) // 'reward model'
 * @example proseForm('European Union', ['The European Union (EU) funds it.']) // 'European Union'
 * @example proseForm('Reward Model', ['Reward models score answers.']) // 'reward model': a sentence opens with it
 */
export function proseForm(written: string, texts: readonly string[]): string {
	const words = written.split(/(\s+|-)/);
	const lower = words.map((word) => (isNameShaped(word) ? word : word.toLowerCase())).join('');
	if (lower === written) return written;
	// A capital first letter only where a sentence, a line (the abstract after its title) or a labelled part
	// ("Results: …") opens with the phrase: within a sentence, "the 2017 European LeukemiaNet" writes the
	// name's own capital, not a sentence's.
	const first = escape(lower[0]!);
	const opening = escape(lower[0]!.toUpperCase());
	const rest = escape(lower.slice(1));
	const pattern = new RegExp(String.raw`(?:(?<![\p{L}\p{N}])${first}|(?<=^\s*|[.!?:]\s+|\n\s*)${opening})${rest}(?![\p{L}\p{N}])`, 'u');
	return texts.some((text) => pattern.test(text)) ? lower : written;
}
