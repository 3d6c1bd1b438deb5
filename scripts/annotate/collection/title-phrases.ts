/**
 * What a paper listed without an abstract shares with the others: the noun phrases of its title.
 * Such a paper has no keyphrases (nothing is annotated without an abstract), yet topic names and
 * related papers are found by the phrases papers share; without these, a list exported from DBLP
 * or Google Scholar, where no entry has an abstract, made topics named by a cluster's two most
 * frequent words ("Model, comprehensive"). The phrases are found as an abstract's keyphrase
 * candidates are, and filtered the same way; they are read by the collection steps only, never
 * shown as the paper's keyphrases.
 *
 * A title in title case capitalises every word, so its capitals say nothing of which words are
 * verbs, prepositions or names: "Mapping Geothermal Fluids Using Seismic Absorption" read as it is
 * gave "Using Seismic Absorption". Such a title is read in sentence case: a capitalised function
 * word, or one the collection also writes in lower case, is read lower-cased (the phrases stay as
 * the title writes them), while a word the collection writes only capitalised stays a name.
 */
import { hasFunctionWordEdge, isFunctionWord, isNameParticle } from './function-word-edges.ts';
import { isEnglishWord } from '../sentences.ts';
import { filterKeyphrases } from '../text/keyphrase-filters.ts';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';

/** Whether the collection writes a word in lower case somewhere (`lower-case-words.ts`). */
export type WrittenInLowerCase = (word: string) => boolean;

/**
 * The noun phrases of `title`, as keyphrase candidates are found and filtered.
 *
 * @example titlePhrases('Deep residual learning for image recognition') // ['Deep residual learning', 'residual learning', 'image recognition', 'Deep residual']
 */
export function titlePhrases(title: string, writtenInLowerCase: WrittenInLowerCase = () => false): string[] {
	const titleCase = isTitleCase(title);
	const read = titleCase ? sentenceCase(title, writtenInLowerCase) : title;
	const spans = phraseSpans(read, 0, read.length);
	const openings = spans.flatMap((span) => openingSpans(read, span));
	const phrases = [...spans, ...openings].filter((span) => !cutsName(read, span, titleCase)).map((span) => title.slice(span.start, span.end));
	return [...new Set(phrases.filter((phrase) => !hasFunctionWordEdge(phrase)))];
}

type Range = { start: number; end: number };

/** The filtered candidates of `read.slice(from, to)`, read as a text of its own, as ranges of `read`. */
function phraseSpans(read: string, from: number, to: number): Range[] {
	const text = read.slice(from, to);
	return filterKeyphrases(extractKeyphraseCandidates(text), { text, acronyms: [] }).map((span) => ({ start: from + span.start, end: from + span.end }));
}

/**
 * The noun phrases a phrase opens with ("surface NMR" of "surface NMR data"): a title's phrase is
 * seldom written again whole, and its opening modifier is often what two titles share. An
 * abstract repeats its terms, alone, so its keyphrases need none of this. One word alone opens
 * nothing but an acronym: "Seismic" of "Seismic Absorption" is an adjective, no name.
 */
function openingSpans(read: string, phrase: Range): Range[] {
	const ends = [...read.slice(phrase.start, phrase.end).matchAll(/ /g)].map((space) => phrase.start + space.index);
	const found: Range[] = [];
	for (const end of ends.reverse()) {
		// Read as a text of its own, the opening's phrases are the candidates that end where it ends.
		for (const span of phraseSpans(read, phrase.start, end)) {
			const text = read.slice(span.start, span.end);
			if (span.end === end && (text.includes(' ') || /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(text))) found.push(span);
		}
	}
	return found;
}

/**
 * Whether a phrase starts inside a name: at a capitalised word right after another name word or
 * a name's particle ("Albani volcano" of "Colli Albani volcano", "Ruiz Volcano" of "Nevado del
 * Ruiz Volcano"). A title's first word, or a subtitle's, is capitalised by its place alone. In a
 * title in title case, a capital left by `sentenceCase` may only lack evidence (a list of titles
 * alone writes few words in lower case): there a word of general English ("Low" of "Low
 * Criticality") marks no name, a word outside it ("Colli", "Albani") does.
 */
function cutsName(read: string, span: Range, inTitleCase: boolean): boolean {
	// Only a plain capitalised word continues a name: an acronym, a word with capitals inside or a
	// hyphenated one is a name or term of its own ("RDF" of "Jekyll RDF", "IoT Infrastructures").
	if (!/^\p{Lu}\p{Ll}+(?:\s|$)/u.test(read.slice(span.start, span.end))) return false;
	const before = /(?:^|([:.?!]\s+)|\s)(\S+) $/u.exec(read.slice(0, span.start));
	if (!before || before.index === 0 || before[1]) return false;
	const word = before[2]!;
	return (/^\p{Lu}/u.test(word) && !(inTitleCase && isEnglishWord(word))) || isNameParticle(word);
}

/**
 * Whether a title is in title case: its words of four letters or more after the first mostly capitalised.
 *
 * @example isTitleCase('Deep Learning for Protein Folding') // true
 * @example isTitleCase('Autoimmune gastritis in a Peruvian population') // false
 */
export function isTitleCase(title: string): boolean {
	const words = title.match(/(?<=\s)\p{L}[\p{L}'’-]{3,}/gu) ?? [];
	const capitalised = words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
	return capitalised >= 2 && capitalised > words.filter((word) => /^\p{Ll}/u.test(word)).length;
}

/** The title with its common words lower-cased after the first: same length, so spans stay true. */
function sentenceCase(title: string, writtenInLowerCase: WrittenInLowerCase): string {
	return title.replace(/(?<=\S\s+)\p{Lu}\p{Ll}+(?:-\p{L}+)*(?![\p{L}\p{N}])/gu, (word) =>
		isFunctionWord(word) || writtenInLowerCase(word) ? word.toLowerCase() : word,
	);
}
