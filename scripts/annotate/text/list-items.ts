/**
 * Items of a list that runs over several sentences: "It integrates three capabilities: (a) Remembering: It extracts …",
 * then "(b) Reasoning: It conducts …" and "(c) Response Alignment: It infers …". Each later item opens a sentence of its
 * own and, read alone, may sound like a finding ("It infers the user's personality …") or a step; but the items of one
 * list are parts of one thing, and belong where the sentence that led into the list belongs: a method's components with the
 * method, a benchmark's tracks with the benchmark, the paradigms it was validated in with the results.
 */

// A list marker: "(b)", "b)", "(ii)", "(2)", "2)"; letters up to h, Roman numerals up to x, numbers up to 19.
const MARKER = String.raw`\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|1?\d)\)`;
const ITEM_OPENING = new RegExp(String.raw`^${MARKER}\s`);
/** Markers of a first item, in each style. */
const FIRST_ITEM = /(?:^|[\s:;,])\(?(?:a|i|1)\)\s/;

/**
 * For each sentence that opens with an item of a list (the first one too, when it opens a sentence), the index of the sentence that led into the list: the one
 * holding the first item, or the sentence before it when the first item opens a sentence too; -1 for any other sentence.
 *
 * @example listLeads(['It has two parts: (a) a reader.', '(b) A writer stores it.']) // [-1, 0]
 * @example listLeads(['We build a benchmark.', '(i) Atomic evaluates tools.', '(ii) Workflow adds tasks.']) // [-1, 0, 0]
 * @example listLeads(['(2) Generalizability.']) // [-1]
 */
export function listLeads(sentences: readonly string[]): number[] {
	const leads = sentences.map(() => -1);
	let lead = -1;
	sentences.forEach((sentence, i) => {
		const opensItem = ITEM_OPENING.test(sentence);
		const first = FIRST_ITEM.exec(sentence);
		if (first !== null && (!opensItem || /^\(?(?:a|i|1)\)/.test(sentence))) {
			// The list starts here: mid-sentence after its lead-in, or at the opening, led into by the sentence before.
			lead = first.index === 0 ? i - 1 : i;
			if (lead < i) leads[i] = lead;
			return;
		}
		if (opensItem && lead >= 0) leads[i] = lead;
	});
	return leads;
}
