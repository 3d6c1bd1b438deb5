/**
 * Derived topic names: each should read as a noun phrase ("Knowledge editing, hallucinations"),
 * not a fragment ("Propose", "Infinite", "LLMs fall").
 *
 * A title is split at commas, "&" and "and"; every part must end in a noun and must not open
 * with a verb (a participle before a noun aside: "pretrained diffusion model"), preposition,
 * auxiliary, pronoun or conjunction (a hyphenated first word, "off-policy", is a modifier).
 * wink-nlp's tags of a word alone are guesses ("infinite" a noun, "reward" a verb), so a word
 * the collection uses is judged by its use there: it is a noun when it is tagged one in at least
 * a third of its uses in the titles and abstracts or takes a plural there ("rewards"), and it
 * can end a noun phrase when it also heads one at least once — not only ever stands before
 * another noun, as "infinite" in "infinite game". Words the collection never uses keep their tag
 * in the bare title. The tagger is small: a verdict is a pointer, not a proof.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const BAD_START = new Set(['VERB', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'PUNCT']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/** Per word (lower-cased, plural folded): its most frequent tag, its share of noun tags, whether it takes a plural, whether it heads a noun phrase. */
export type PartOfSpeechProfile = ReadonlyMap<string, { pos: string; nounShare: number; plural: boolean; head: boolean }>;

const fold = (word: string) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);

function tagged(text: string): { word: string; written: string; pos: string; plural: boolean }[] {
	const tokens = nlp.readDoc(text).tokens();
	const words = tokens.out(its.value) as string[];
	const tags = tokens.out(its.pos) as string[];
	return words.map((word, i) => {
		const lower = word.toLowerCase();
		return { word: fold(lower), written: word, pos: tags[i]!, plural: fold(lower) !== lower };
	});
}

/** How every word of `texts` is used there, read in context. */
export function profileWords(texts: readonly string[]): PartOfSpeechProfile {
	const counts = new Map<string, Map<string, number>>();
	const heads = new Set<string>();
	const plurals = new Set<string>();
	for (const text of texts) {
		const words = tagged(text);
		words.forEach(({ word, pos, plural }, i) => {
			const byTag = counts.get(word) ?? new Map<string, number>();
			byTag.set(pos, (byTag.get(pos) ?? 0) + 1);
			counts.set(word, byTag);
			if (plural) plurals.add(word);
			if ((NOUNS.has(pos) || plural) && (plural || !NOUNS.has(words[i + 1]?.pos ?? ''))) heads.add(word);
		});
	}
	const usual = (byTag: Map<string, number>) => [...byTag].sort((a, b) => b[1] - a[1])[0]![0];
	const nounShare = (byTag: Map<string, number>) => {
		const all = [...byTag.values()].reduce((a, b) => a + b, 0);
		return [...byTag].filter(([pos]) => NOUNS.has(pos)).reduce((a, [, n]) => a + n, 0) / all;
	};
	return new Map(
		[...counts].map(([word, byTag]) => [word, { pos: usual(byTag), nounShare: nounShare(byTag), plural: plurals.has(word), head: heads.has(word) }]),
	);
}

/**
 * True when every comma-, "&"- or "and"-separated part of `title` is a noun phrase.
 *
 * @example isNounPhraseTitle('Knowledge editing, hallucinations') // true
 * @example isNounPhraseTitle('Propose, used') // false
 */
export function isNounPhraseTitle(title: string, profile: PartOfSpeechProfile = new Map()): boolean {
	const parts = title
		.split(/\s*(?:,|&|\band\b)\s*/i)
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.length === 0) return false;
	return parts.every((part) => {
		// Read "Large" as "large": a title capitalises its first word, which says nothing of its kind.
		const words = tagged(part.replace(/\b([A-Z])([a-z]+)\b/g, (_, a: string, b: string) => a.toLowerCase() + b))
			.filter((t) => t.pos !== 'PUNCT' || /\w/.test(t.word))
			.map((t) => {
				const use = profile.get(t.word);
				// "Surface NMR": an acronym in capitals is a noun wherever the listing puts it ("NMR data" as often as "NMR").
				const acronym = /^[A-Z][A-Z0-9]+s?$/.test(t.written);
				return { word: t.word, pos: use?.pos ?? t.pos, noun: acronym || (use ? (use.nounShare >= 1 / 3 || use.plural) && use.head : NOUNS.has(t.pos)) };
			});
		if (words.length === 0) return false;
		const first = words[0]!;
		const last = words[words.length - 1]!;
		const nounEnd = last.noun || (last.pos === 'VERB' && /ing$/.test(last.word));
		const participle = first.pos === 'VERB' && /(?:ing|ed)$/.test(first.word) && words.length > 1;
		// "off-policy", "out-of-school": a hyphenated word before another is a compound modifier, whatever its first piece is.
		const compound = /^[^\s-]+-[^\s-]/.test(part) && /\s\S/.test(part);
		return nounEnd && !(BAD_START.has(first.pos) && !participle && !compound && !first.noun);
	});
}
