/**
 * Derived topic names: each should read as a noun phrase ("Knowledge editing, hallucinations"),
 * not a fragment ("Propose", "Large", "Used in").
 *
 * A title is split at commas, "&" and "and"; every part must end in a noun (wink-nlp's NOUN or
 * PROPN; an "-ing" word tagged VERB counts, as in "learning") and must not open with a verb
 * (a participle before a noun aside), preposition, auxiliary, pronoun or conjunction.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

const BAD_START = new Set(['VERB', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'PUNCT']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/** The parts of speech of a short phrase, word by word. */
function tagsOf(phrase: string): { text: string; pos: string }[] {
	// A title capitalises its first word; read "Large" as "large" so it is tagged as the adjective it is.
	const tokens = nlp.readDoc(phrase.replace(/\b([A-Z])([a-z]+)\b/g, (_, a: string, b: string) => a.toLowerCase() + b)).tokens();
	const texts = tokens.out(its.value) as string[];
	const tags = tokens.out(its.pos) as string[];
	return texts.map((text, i) => ({ text, pos: tags[i]! }));
}

/**
 * True when every comma- or "and"-separated part of `title` is a noun phrase.
 *
 * @example isNounPhraseTitle('Knowledge editing, hallucinations') // true
 * @example isNounPhraseTitle('Propose, used') // false
 */
export function isNounPhraseTitle(title: string): boolean {
	const parts = title
		.split(/\s*(?:,|&|\band\b)\s*/i)
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.length === 0) return false;
	return parts.every((part) => {
		const tags = tagsOf(part).filter((t) => t.pos !== 'PUNCT' || /\w/.test(t.text));
		if (tags.length === 0) return false;
		const first = tags[0]!;
		const last = tags[tags.length - 1]!;
		const nounEnd = NOUNS.has(last.pos) || (last.pos === 'VERB' && /ing$/i.test(last.text));
		// "Learning rate", "Pretrained diffusion model": a participle before a noun is an adjective.
		const verbStart = BAD_START.has(first.pos) && !(first.pos === 'VERB' && /(?:ing|ed)$/i.test(first.text) && tags.length > 1);
		return nounEnd && !verbStart;
	});
}
