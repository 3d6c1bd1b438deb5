/**
 * A phrase its papers only ever write as part of one longer name is no topic name: "mass index" of
 * "body mass index", "Interoperability Resources" of "Fast Healthcare Interoperability Resources",
 * "SMART" of "SMART on FHIR". Keyphrases end in shorter noun phrases (`phrase-carriers.ts`) and a
 * fragment is rarer as a keyphrase than the name it is cut from, so it outranks the name; a reader
 * takes a topic "Mass index" or "Interoperability Resources" for a cut.
 *
 * A mention is inside a longer name when the word before it is the same content word every time
 * ("body" before each "mass index"), or, for a name in capitals, when a capitalised word stands
 * before it within the sentence ("Healthcare Interoperability Resources", not the sentence's first
 * word) or "on", "of" or "for" and a capitalised word follow it ("SMART on FHIR", "SMART-on-FHIR").
 * Different capitalised words before a name can each make a longer name of their own ("Multimodal
 * Diffusion Transformer", "Scalable Diffusion Transformer"): such a name is a fragment only when no
 * paper of the collection writes it alone ("diffusion transformers scale well").
 */
import { allMatches } from '../all-matches.ts';
import { boundedMatches } from './bounded-phrase.ts';
import { isFunctionWord } from './function-word-edges.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The word right before a mention (joined by one space or a hyphen), or none after punctuation or at a text's start.
 * A number counts: "Genomes Project" after "1000" every time is a cut of "1000 Genomes Project".
 */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}.,])([\p{L}\p{N}][\p{L}\p{N}'’]*)[ -]$/u;
/** The end of a sentence, or a text's start, before the word. */
const SENTENCE_START = /(?:^|[.!?:]\s+|\n\s*)$/u;
/** A longer name's rest after a mention: a particle and a capitalised word ("on FHIR", ")-on-FHIR"). */
const NAME_GOES_ON = /^\)?[ -](?:on|of|for)[ -]\p{Lu}/u;

/** No letter or digit before a mention (sticky, `boundedMatches`' `before`). */
const WORD_EDGE = /(?<![\p{L}\p{N}])/iuy;
/** A plural's ending, then no letter or digit (sticky, `boundedMatches`' `after`). */
const PLURAL_AFTER = /(?:e?s)?(?![\p{L}\p{N}])/iuy;

/** How a text writes a phrase, mention by mention. */
interface Mention {
	/** The content word right before it, lower-case, if any. */
	before?: string;
	/** Whether it stands inside a longer capitalised name. */
	inName: boolean;
}

function mentionsOf(phrase: string, texts: readonly string[]): Mention[] {
	const isName = /\p{Lu}/u.test(phrase);
	let pattern: RegExp | undefined;
	const whole = (text: string) =>
		allMatches(text, (pattern ??= new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(phrase.trim()).replace(/\s+/g, '[\\s-]+')}(?:e?s)?(?![\p{L}\p{N}])`, 'giu'))).map(
			(m) => ({ index: m.index, text: m[0] }),
		);
	const mentions: Mention[] = [];
	for (const text of texts) {
		for (const match of boundedMatches(text, phrase.trim(), String.raw`[\s-]+`, WORD_EDGE, PLURAL_AFTER) ?? whole(text)) {
			const head = text.slice(Math.max(0, match.index - 60), match.index);
			const word = WORD_BEFORE.exec(head)?.[1];
			const before = word && !isFunctionWord(word) ? word : undefined;
			const opensSentence = before !== undefined && SENTENCE_START.test(head.slice(0, head.length - before.length - 1));
			const afterName = before !== undefined && /^\p{Lu}/u.test(before) && !opensSentence;
			const goesOn = NAME_GOES_ON.test(text.slice(match.index + match.text.length, match.index + match.text.length + 8));
			mentions.push({ before: before?.toLowerCase(), inName: isName && (afterName || goesOn) });
		}
	}
	return mentions;
}

/**
 * Whether the topic's papers (`texts`) write `phrase` only inside one longer name: after the same
 * content word every time, or, for a phrase with a capital, only inside capitalised names when no text
 * of the `collection` writes it alone either. False when they never write it.
 *
 * @example writtenOnlyInLongerName('mass index', ['body mass index (BMI)', 'a higher body mass index'], []) // true
 * @example writtenOnlyInLongerName('SMART', ['SMART on FHIR apps', 'the SMART-on-FHIR platform'], []) // true
 * @example writtenOnlyInLongerName('telomere length', ['mean telomere length', 'relative telomere length'], []) // false
 */
export function writtenOnlyInLongerName(phrase: string, texts: readonly string[], collection: readonly string[]): boolean {
	const mentions = mentionsOf(phrase, texts);
	if (mentions.length === 0) return false;
	const first = mentions[0]!.before;
	if (mentions.length > 1 && first !== undefined && mentions.every((m) => m.before === first)) return true;
	if (!mentions.every((m) => m.inName)) return false;
	// Only now the whole collection: a name inside different longer names is a fragment only if nobody writes it alone.
	// Read once per phrase and collection, however many topics ask.
	const known = insideNamesEverywhere.get(collection) ?? new Map<string, boolean>();
	insideNamesEverywhere.set(collection, known);
	let inside = known.get(phrase);
	if (inside === undefined) known.set(phrase, (inside = mentionsOf(phrase, collection).every((m) => m.inName)));
	return inside;
}

/**
 * Whether the texts write a phrase with a capital, and every time inside a longer capitalised name
 * ("Linear Model" of "Generalised Linear Model"): its capitals are the longer name's, not its own.
 *
 * @example writtenOnlyInsideNames('Linear Model', ['A Generalised Linear Model was fitted.']) // true
 * @example writtenOnlyInsideNames('Monte Carlo', ['Monte Carlo sampling of spins.']) // false
 */
export function writtenOnlyInsideNames(phrase: string, texts: readonly string[]): boolean {
	const mentions = mentionsOf(phrase, texts);
	return mentions.length > 0 && mentions.every((m) => m.inName);
}

/** Per collection, whether it writes a phrase only inside capitalised names. */
const insideNamesEverywhere = new WeakMap<readonly string[], Map<string, boolean>>();
