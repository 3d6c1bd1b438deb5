/**
 * A system's parts listed in one sentence, then told one by one with each part as the subject: "The proposed system consists
 * of four sensor nodes, a wireless gateway and a central monitoring computer. … Sensor nodes utilize a smart algorithm to save
 * energy … The gateway collects and decrypts the data packets …". Read alone, a part's sentence tells what a thing does in
 * the present tense, which reads as a finding; after the list it describes the design, the approach. (Parts counted in a
 * sentence of their own and named in capitals are `component-sentences.ts`'s.)
 */

// "The proposed system consists of …", "The platform is composed of …", "The prototype comprises …": the list runs to the end.
const LEAD =
	/\b(?:system|framework|platform|architecture|network|prototype|setup|set-up|device|apparatus|testbed|infrastructure)\s+(?:consists\s+of|comprises|is\s+composed\s+of|is\s+made\s+up\s+of)\s+([^;:]+)$/i;
// The words that close a list item: the item's head noun is the word before.
const ITEM_BREAK = /\s*(?:,\s*(?:and\s+)?|\s+and\s+)/;
// "The gateway collects …", "Sensor nodes utilize …", "Each sensor node is also equipped …": an article or "each", then the
// subject's head among the first three words.
const SUBJECT = /^(?:(?:the|a|an|each|every|all|both)\s+)?([\w-]+(?:\s+[\w-]+){0,2})/i;
// A part's sentence that tells how it did ("The gateway reduced latency by 40%") reports a result.
const OUTCOME = /\d\s*%|\b(?:achiev|improv|outperform|reduc|increas|decreas|show|demonstrat|reveal)\w*/i;

/** A word's singular, as far as a part's head noun needs it ("nodes" → "node"). */
const singular = (word: string) => word.toLowerCase().replace(/(?<=[^s])s$/, '');

/** The head nouns of the items of a list ("four sensor nodes, a wireless gateway and a central monitoring computer."). */
function heads(list: string): Set<string> {
	const items = list.replace(/[.\s]+$/, '').split(ITEM_BREAK);
	return new Set(items.map((item) => singular(item.trim().split(/\s+/).at(-1) ?? '')).filter((head) => head.length > 2));
}

/**
 * For each sentence, whether it tells one of the parts a sentence before it listed, with the part as its subject.
 *
 * @example listedParts(['The system consists of two sensors and a gateway.', 'The gateway forwards the data.']) // [false, true]
 */
export function listedParts(sentences: readonly string[]): boolean[] {
	const told = sentences.map(() => false);
	let parts = new Set<string>();
	sentences.forEach((sentence, i) => {
		const lead = LEAD.exec(sentence);
		if (lead) {
			parts = heads(lead[1]!);
			return;
		}
		const subject = SUBJECT.exec(sentence);
		if (parts.size === 0 || !subject || OUTCOME.test(sentence)) return;
		if (subject[1]!.split(/\s+/).some((word) => parts.has(singular(word)))) told[i] = true;
	});
	return told;
}
