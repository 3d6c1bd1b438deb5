/**
 * Which papers carry a phrase that could name a derived topic: the paper has it among its
 * keyphrases, has a longer keyphrase ending in it ("ALMA data cubes" carries "data cubes"), or
 * writes it in its title or abstract ("diffusion model" in a paper saying "diffusion models",
 * whether or not it was one of its keyphrases).
 */
import { hasFunctionWordEdge, isNameParticle } from './function-word-edges.ts';
import { keptPhraseLists, type PhrasesKeeping } from './kept-carried-phrases.ts';
import { lowerCaseWords, type WrittenInLowerCase } from './lower-case-words.ts';
import { isEnglishWord } from '../sentences.ts';
import { americanSpelling } from './american-spelling.ts';
import { phraseForm } from './phrase-form.ts';
import { blankWebAddresses } from '../text/web-addresses.ts';
import { blankJournalTitles } from '../journal-titles.ts';
import { isTechnicalWord } from './technical-words.ts';
import { unhyphenated } from './topic-name-overlap.ts';
import { gapsAsSpaces } from './word-runs.ts';
import { nameMentions } from './name-mentions.ts';

/** The phrases papers can be named by, and how strongly each paper carries one. */
export interface PhraseCarriers {
	/** The paper's keyphrases that can name a topic, and the noun phrases they end with, as written. */
	phrases(paper: number): string[];
	/**
	 * How often the paper writes the phrase form (`phraseForm`) in its title and abstract; at least
	 * 1 when the form is one of its `phrases`, 0 when it does not carry it. A phrase `written` as an
	 * acronym ("RAT") or a name with capitals inside ("iMAGES", "PaLM") counts only where the paper
	 * writes it so: "rats" are not a reactive agility test, nor "images" an algorithm. So does one
	 * capitalised word, a name where it is a phrase (`isCapitalisedWord` keeps no other): "LLMs still
	 * face challenges" writes no "Face" of "Hugging Face". A title's or sentence's first word counts,
	 * as a title names its subject there ("Transformers Stop Thinking Too Early"). A lone lower-case
	 * technical word (`technical-words.ts`) counts only where it is one of the paper's `phrases`.
	 */
	carries(paper: number, form: string, written?: string): number;
}

/**
 * Carriers over papers' ranked keyphrases and their `title\nabstract` texts; each paper is read once, when first asked.
 * With `keeping`, a paper's phrases are taken from the last build's where nothing they follow from changed (`kept-carried-phrases.ts`).
 */
export function phraseCarriers(
	keyphrases: readonly (readonly string[])[],
	texts: readonly string[],
	writtenInLowerCase: WrittenInLowerCase = lowerCaseWords(texts),
	keeping?: PhrasesKeeping,
): PhraseCarriers {
	const phraseLists: (string[] | undefined)[] = [];
	const formSets: (Set<string> | undefined)[] = [];
	const wordTexts: (string | undefined)[] = [];
	// A web address's parts are no words a paper writes: "github" in forty project links named a topic "GitHub".
	// Nor are a journal's title's: one journal's editorials named a topic "Computational Social Systems".
	const proseTexts: (string | undefined)[] = [];
	const prose = (paper: number) => (proseTexts[paper] ??= blankJournalTitles(blankWebAddresses(texts[paper]!)));
	const make = (paper: number, lowerCase: WrittenInLowerCase) =>
		keyphrases[paper]!.flatMap((text) => [text, ...nameTails(text, lowerCase)]).filter((text) => isName(text) && !isCapitalisedWord(text, texts[paper]!));
	const madeOrKept = keeping ? keptPhraseLists(keyphrases, writtenInLowerCase, keeping, make) : (paper: number) => make(paper, writtenInLowerCase);
	const phrases = (paper: number) => (phraseLists[paper] ??= madeOrKept(paper));
	// A phrase is asked about for every paper that may carry it: what follows from its form or writing alone is read once.
	const needles = new Map<string, string>();
	const needleOf = (form: string) => needles.get(form) ?? needles.set(form, ` ${wordText(form).trim()}`).get(form)!;
	const writings = new Map<string, { technical: boolean; cased: boolean; name: string }>();
	const writingOf = (written: string) =>
		writings.get(written) ??
		writings.set(written, { technical: isTechnicalWord(written.trim()), cased: isCasedName(written), name: acronymName(written) }).get(written)!;
	return {
		phrases,
		carries(paper, form, written) {
			const named = () => (formSets[paper] ??= new Set(phrases(paper).map(phraseForm))).has(form);
			const writing = written === undefined ? undefined : writingOf(written);
			// A lone lower-case word is carried only as a keyphrase: "encoders" mentioned in passing by a dozen papers of a mixed list is no subject of theirs.
			if (!form.includes(' ') && writing?.technical && !named()) return 0;
			const count = writing?.cased ? nameMentions(prose(paper), writing.name) : mentions((wordTexts[paper] ??= wordText(prose(paper))), needleOf(form));
			if (count > 0) return count;
			return named() ? 1 : 0;
		},
	};
}

/**
 * The shorter noun phrases a keyphrase ends with ("MaNGA data cubes" → "data cubes", "common-path
 * OCT" → "OCT"): the head stays, so each is a noun phrase, and two papers that write different
 * keyphrases often share one ("ALMA data cubes"). A tail never starts inside a name: at a plain
 * capitalised word after a name word or particle, when the word is no word of general English
 * and the collection never writes it in lower case ("Albani volcano" of "Colli Albani volcano").
 * "Decision Process" of "Markov Decision Process" stays a tail; an acronym or a word with
 * capitals inside is a name of its own ("OCT").
 */
function nameTails(text: string, writtenInLowerCase: WrittenInLowerCase): string[] {
	const words = text.trim().split(/\s+/);
	const insideName = (at: number) =>
		/^\p{Lu}\p{Ll}+$/u.test(words[at]!) && (/^\p{Lu}/u.test(words[at - 1]!) || isNameParticle(words[at - 1]!)) && !writtenInLowerCase(words[at]!) && !isEnglishWord(words[at]!);
	// One word stands alone only as an acronym: "Network" of "Recurrent Neural Network" is no name.
	return words
		.slice(1)
		.map((_, i) => words.slice(i + 1).join(' '))
		.filter((tail, i) => /^[\p{L}\p{N}]/u.test(tail) && (tail.includes(' ') || /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(tail)) && !insideName(i + 1));
}

/**
 * A keyphrase that can name a topic: a lone lower-case word ("mode", "outputs") is as common as any
 * word; names, acronyms and a lone technical word (`technical-words.ts`) are not. A phrase at a function word ("of
 * biodiversity") is no noun phrase.
 */
function isName(text: string): boolean {
	return (/\s|[\p{Lu}\p{N}]/u.test(text.trim()) || isTechnicalWord(text.trim())) && !hasFunctionWordEdge(text);
}

/**
 * A lone capitalised word the paper also writes in lower case ("History" of a title in title case,
 * "the history of …" or "histories" in its abstract) is a common word, not a name: names keep their
 * capital ("Landsat", "Einstein") wherever they are written.
 */
function isCapitalisedWord(text: string, paperText: string): boolean {
	const word = text.trim();
	if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
	const lower = word.toLowerCase();
	const plural = lower.endsWith('y') ? `(?:${lower}|${lower.slice(0, -1)}ies)` : `${lower}(?:e?s)?`;
	return new RegExp(`(?<![\\p{L}\\p{N}-])${plural}(?![\\p{L}\\p{N}])`, 'u').test(paperText);
}

/**
 * Lower-case words of a text between single spaces, in American spelling as phrase forms are, for whole-word look-ups.
 * A sentence's end and the line between title and abstract stay a bar no phrase runs across: "… at 3, 6 and 9 min.
 * Hypoxia accelerated …" writes no "min hypoxia".
 */
function wordText(text: string): string {
	// A hyphen between letters joins them, in the text and in the phrase alike: "predementia syndrome" carries "pre-dementia syndrome".
	return ` ${unhyphenated(americanSpelling(gapsAsSpaces(text.toLowerCase().replace(SENTENCE_END, ' | '))))} `;
}

/** A full stop, question or exclamation mark before a space, or a line break. */
const SENTENCE_END = /[.!?]+\s+|\n/g;

/**
 * How often a `wordText` writes a phrase form as whole words, its plural included ("diffusion
 * model" in "diffusion models", not "language model" in "language modeling"); a form ending in
 * "-y" also as written "-ie", "-ies" ("time sery" in "time series", `phraseForm`). `needle` is
 * the form as a `wordText` writes it, after a space.
 */
function mentions(text: string, needle: string): number {
	return occurrences(text, needle, endsWordOrPlural) + (needle.endsWith('y') ? occurrences(text, `${needle.slice(0, -1)}ie`, endsWordOrS) : 0);
}

/** Whether `text` has, from `at`, a space, or "s" or "es" and a space (what `/^(?:e?s)? /` reads there). */
const endsWordOrPlural = (text: string, at: number) =>
	text.charCodeAt(at) === SPACE || (text.charCodeAt(at) === S ? text.charCodeAt(at + 1) === SPACE : text.charCodeAt(at) === E && text.charCodeAt(at + 1) === S && text.charCodeAt(at + 2) === SPACE);

/** Whether `text` has, from `at`, a space, or "s" and a space (what `/^s? /` reads there). */
const endsWordOrS = (text: string, at: number) => text.charCodeAt(at) === SPACE || (text.charCodeAt(at) === S && text.charCodeAt(at + 1) === SPACE);

const SPACE = 0x20;
const S = 0x73;
const E = 0x65;

/**
 * How often `needle` stands in `text` with what follows it read as `after` reads it: looked at in place, as a pattern
 * tested on a slice of the next characters cost more than finding the needle.
 */
function occurrences(text: string, needle: string, after: (text: string, at: number) => boolean): number {
	let count = 0;
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
		if (after(text, at + needle.length)) count++;
	}
	return count;
}

/**
 * One word written as only a name is: an acronym, two or more capitals and no lower-case letter but
 * a plural "s" ("RAT", "GNSS", "LLMs"), a word with a capital after its first letter ("iMAGES", "PaLM"),
 * or one capitalised word ("Face").
 */
const isCasedName = (written: string) =>
	/^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}-]+s?$/u.test(written.trim()) || (/^\S+$/u.test(written.trim()) && /\p{Lu}/u.test(written.trim().slice(1))) || isOneCapitalisedWord(written);

/** One word with a capital first letter only ("Face", "Mamba", "Landsat"). */
const isOneCapitalisedWord = (written: string) => /^\p{Lu}\p{Ll}+$/u.test(written.trim());

/** The name as written without its plural's "s" ("LLMs" → "LLM"): `nameMentions` counts it as a whole word, in its capitals, plural included. */
const acronymName = (written: string) => written.trim().replace(/(?<=\p{Lu})s$/u, '');
