/**
 * Each paper's words for the term dictionary (`search-terms.js`), kept per record object so
 * those of the papers a rebuild did not change are found while Astro waits for the generator
 * (src/data/read-ahead.ts) rather than by the route, on the build's critical path. A record is
 * never changed once loaded (src/data/export-pieces.ts says why that holds), so the words kept
 * for a record object are its words. Kept as one string a paper (words hold letters only, so a
 * space parts them): a set of words for each of 10,000 papers would hold far more memory.
 */
import { paperTermWords } from '../client/search/term-dictionary.ts';
import type { Paper } from '../shared/paper-schema.ts';

/** Shared by the content config's copy of this module (which finds the words ahead) and the route's. */
const WORDS = Symbol.for('paperfold.termWords');
type Registry = { [WORDS]?: WeakMap<Paper, string> };
const kept = (): WeakMap<Paper, string> => ((globalThis as Registry)[WORDS] ??= new WeakMap());

/** Finds (or finds kept) the words of each paper. */
export function prepareTermWords(papers: Iterable<Paper>): void {
	for (const paper of papers) wordsOf(paper);
}

/** The paper's words for `buildTermDictionary`, each once, as `paperTermWords` gives them. */
export function termWordsOf(paper: Paper): string[] {
	const words = wordsOf(paper);
	return words ? words.split(' ') : [];
}

function wordsOf(paper: Paper): string {
	const memo = kept();
	let words = memo.get(paper);
	if (words === undefined) memo.set(paper, (words = [...paperTermWords(paper)].join(' ')));
	return words;
}
