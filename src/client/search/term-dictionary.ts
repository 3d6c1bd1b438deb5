/**
 * The collection's term dictionary behind "Did you mean …": every word of the titles,
 * abstracts and entity names with how many papers hold it, built at build time and
 * shipped as one small classic script (`search-terms.js`, so it loads from `file://` too)
 * that the search fetches only when a query finds little.
 *
 * Text form, gzip-friendly: one line per document frequency, highest first, each line
 * `df:word word …` with its words sorted, e.g. `"3:policy reward\n1:reptile"`.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import { normalize, queryTerms } from './query-terms.ts';

/** The global the dictionary script assigns. */
export const TERMS_GLOBAL = 'PAPERFOLD_TERMS';

/** The dictionary file, relative to the site root. */
export const TERMS_FILE = 'search-terms.js';

/** Shorter words are left out: too many neighbours within two edits to suggest one well. */
export const MIN_TERM_LENGTH = 4;

/** Edits (Damerau–Levenshtein) a suggestion may be from the word typed, for words of six letters or more. */
export const MAX_EDITS = 2;

/**
 * Edits a suggestion may be from a word of `length` letters: one below six letters, as
 * spelling correctors commonly scale it (Elasticsearch's `fuzziness: AUTO`); two edits turn
 * "belt" into "been" and "fault" into "facet".
 */
export function editsAllowed(length: number): number {
	return length < 6 ? 1 : MAX_EDITS;
}

/**
 * Function words, never a suggestion: a query word corrected to "been" or "which" finds every
 * paper and none the reader meant. Only those of four letters or more matter here.
 */
const FUNCTION_WORDS = new Set(
	('about above after again against also although among because been before being below between both cannot could does doing down during each either from further have having here hers herself himself however into itself just more most much must neither once only other ought ours ourselves over same shall should some such than that their theirs them themselves then there these they this those through thus under until upon very were what when where whereas whether which while whom whose will with within without would your yours yourself').split(' '),
);

/** A query with fewer results than this asks the dictionary for a suggestion. */
export const FEW_RESULTS = 5;

/** Words → the number of papers holding them. */
export type TermDictionary = Map<string, number>;

/** The words worth suggesting in a text: normalised, letters only, at least `MIN_TERM_LENGTH` long. */
function wordsOf(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length >= MIN_TERM_LENGTH),
	);
}

/** What the dictionary reads of a paper: what its page shows and the search finds. */
export interface DictionaryPaper {
	title: string;
	abstract: string;
	/** The parts an export joined to the abstract, searched with it. */
	abstractSections?: { heading: string; items: string[] }[];
	entities: { name: string }[];
}

/**
 * Counts, for every word, the papers whose title, abstract (with the parts joined to it) or
 * entity names hold it.
 * @example buildTermDictionary([{ title: 'Reptile', abstract: 'Meta learning', entities: [] }])
 * // Map { 'reptile' => 1, 'meta' => 1, 'learning' => 1 }
 */
export function buildTermDictionary(papers: DictionaryPaper[]): TermDictionary {
	const df: TermDictionary = new Map();
	for (const paper of papers) {
		const sections = (paper.abstractSections ?? []).flatMap((section) => [section.heading, ...section.items]);
		const words = wordsOf([paper.title, paper.abstract, ...sections, ...paper.entities.map((e) => e.name)].join(' '));
		for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
	}
	return df;
}

/** The dictionary as text: `df:words` lines, highest frequency first. */
export function formatTermDictionary(dictionary: TermDictionary): string {
	const byDf = new Map<number, string[]>();
	for (const [word, df] of dictionary) (byDf.get(df) ?? byDf.set(df, []).get(df)!).push(word);
	return [...byDf.entries()]
		.sort(([a], [b]) => b - a)
		.map(([df, words]) => `${df}:${words.sort().join(' ')}`)
		.join('\n');
}

/** Reads the text `formatTermDictionary` wrote. */
export function parseTermDictionary(text: string): TermDictionary {
	const dictionary: TermDictionary = new Map();
	for (const line of text.split('\n')) {
		const colon = line.indexOf(':');
		if (colon < 1) continue;
		const df = Number(line.slice(0, colon));
		for (const word of line.slice(colon + 1).split(' ')) if (word) dictionary.set(word, df);
	}
	return dictionary;
}

/** The classic-script text of `search-terms.js`. */
export function renderTermsScript(dictionary: TermDictionary): string {
	return `window.${TERMS_GLOBAL}=${JSON.stringify(formatTermDictionary(dictionary))};\n`;
}

/**
 * Whether the search finds `word` in `term` as typed: Pagefind matches a query word's stem
 * against the start of every indexed stem (./pagefind-ranking.ts), so "tokenizer" finds
 * "tokenizers" and "transform" finds "transformer"; a plural finds its singular by the stem.
 * Correcting such a word offers the reader the papers already on screen ("Did you mean video
 * tokenizers?" over the results of "video tokenizer").
 */
function findsAsTyped(word: string, term: string): boolean {
	return term.startsWith(word) || (word.startsWith(term) && /^e?s$/.test(word.slice(term.length)));
}

/**
 * The closest word of the dictionary to `word` within the edits its length allows
 * (`editsAllowed`; fewest edits, then most papers, then alphabetical), never a function word,
 * or null when `word` is itself a word of the collection, too short, has no neighbour, or
 * the search finds it as typed (`findsAsTyped`).
 * @example closestTerm(dictionary, 'reinfrocement') // 'reinforcement'
 * @example closestTerm(new Map([['tokenizers', 2]]), 'tokenizer') // null
 */
export function closestTerm(dictionary: TermDictionary, word: string): string | null {
	if (word.length < MIN_TERM_LENGTH || dictionary.has(word)) return null;
	const allowed = editsAllowed(word.length);
	let best: { term: string; edits: number; df: number } | null = null;
	for (const [term, df] of dictionary) {
		if (findsAsTyped(word, term)) return null;
		if (Math.abs(term.length - word.length) > allowed || FUNCTION_WORDS.has(term)) continue;
		const edits = damerauLevenshtein(word, term).steps;
		if (edits > allowed) continue;
		if (!best || edits < best.edits || (edits === best.edits && (df > best.df || (df === best.df && term < best.term)))) {
			best = { term, edits, df };
		}
	}
	return best?.term ?? null;
}

/**
 * A corrected query, each unknown word replaced by its closest term, or null when no word
 * changes. Words too short or already in the collection are kept as typed.
 * @example suggestQuery(dictionary, 'preferance optimization') // 'preference optimization'
 */
export function suggestQuery(dictionary: TermDictionary, query: string): string | null {
	const words = queryTerms(query);
	let changed = false;
	const corrected = words.map((word) => {
		const term = closestTerm(dictionary, word);
		if (term) changed = true;
		return term ?? word;
	});
	return changed ? corrected.join(' ') : null;
}
