/**
 * A lone adjective its papers only ever write before another word is no topic name: "European" of
 * "European funding programmes", "European Commission" and "European capability" says where three
 * papers' subjects are, not what they are, and a reader takes a topic "European" for a fragment.
 * Keyphrases are noun phrases, but a name can also come from the words the papers write
 * (`phrase-carriers.ts`), where such a word is carried by every paper that writes it. A one-word
 * name shaped as an adjective (a people's or place's "-an", "-ese", "-ish"; "-ic", "-al", "-ive",
 * "-ous", "-ary") that heads no phrase in its papers — each mention followed by one more word of the
 * phrase, not by punctuation or a function word, or by "and"/"or" and a second such modifier
 * ("Malaysian and Indonesian millennials") — names nothing; one the papers also use as a noun
 * ("the Bayesian", "a statistical analysis of the Hispanic." aside, "signal", "material") stays.
 */

/** The endings of English adjectives, of a people or place ("European", "Chinese", "British") and of a kind ("clinical", "adaptive"). */
const ADJECTIVE_SHAPE = /^\p{L}{3,}(?:an|ese|ish|ic|al|ive|ous|ary)$/iu;

/** Words after a name that end its phrase: it heads the phrase there. */
const PHRASE_END = new Set(
	'and or nor but of in on at to for from with by as than that which who whose where when is are was were be been being has have had can could may might will would shall should must do does did not also'.split(' '),
);

/** Whether the words after "and"/"or" are a second adjective-shaped modifier and the word it modifies. */
const coordinatedModifier = (rest: string) => {
	const words = /^ (\p{L}[\p{L}\p{N}-]*) (\p{L}[\p{L}\p{N}-]*)/u.exec(rest);
	return !!words && ADJECTIVE_SHAPE.test(words[1]!) && !PHRASE_END.has(words[2]!.toLowerCase());
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `phrase` is one adjective-shaped word that `texts` write only before another word of its
 * phrase; false when they never write it or write it once at a phrase's end.
 *
 * @example writtenOnlyAsModifier('European', ['European funding programmes', 'the European Commission said']) // true
 * @example writtenOnlyAsModifier('European', ['European funding', 'funds that are European.']) // false
 */
export function writtenOnlyAsModifier(phrase: string, texts: readonly string[]): boolean {
	if (/\s/.test(phrase) || !ADJECTIVE_SHAPE.test(phrase)) return false;
	const mention = new RegExp(String.raw`(?<![\p{L}\p{N}-])${escape(phrase)}(?![\p{L}\p{N}-])( (\p{L}[\p{L}\p{N}-]*))?`, 'giu');
	let mentions = 0;
	for (const text of texts) {
		for (const match of text.matchAll(mention)) {
			mentions++;
			if (!match[2]) return false;
			const next = match[2].toLowerCase();
			if (!PHRASE_END.has(next)) continue;
			// "Malaysian and Indonesian millennials": one of two modifiers of the noun after them.
			if ((next === 'and' || next === 'or') && coordinatedModifier(text.slice(match.index + match[0].length))) continue;
			return false;
		}
	}
	return mentions > 0;
}
