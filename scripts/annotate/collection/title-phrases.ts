/**
 * What a paper listed without an abstract shares with the others: the noun phrases of its title.
 * Such a paper has no keyphrases (nothing is annotated without an abstract), yet topic names and
 * related papers are found by the phrases papers share; without these, a list exported from DBLP
 * or Google Scholar, where no entry has an abstract, made topics named by a cluster's two most
 * frequent words ("Model, comprehensive"). The phrases are found as an abstract's keyphrase
 * candidates are, and filtered the same way; they are read by the collection steps only, never
 * shown as the paper's keyphrases.
 */
import { filterKeyphrases } from '../text/keyphrase-filters.ts';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';

/**
 * The noun phrases of `title`, as keyphrase candidates are found and filtered.
 *
 * @example titlePhrases('Deep Residual Learning for Image Recognition') // ['Deep Residual Learning', 'Residual Learning', 'Image Recognition', 'Deep Residual']
 */
export function titlePhrases(title: string): string[] {
	const phrases = filterKeyphrases(extractKeyphraseCandidates(title), { text: title, acronyms: [] }).map((span) => span.text);
	return [...new Set([...phrases, ...phrases.flatMap(openingPhrases)])];
}

/**
 * The noun phrases a phrase opens with ("surface NMR" of "surface NMR data"): a title's phrase is
 * seldom written again whole, and its opening modifier is often what two titles share. An
 * abstract repeats its terms, alone, so its keyphrases need none of this.
 */
function openingPhrases(phrase: string): string[] {
	const words = phrase.split(' ');
	const found: string[] = [];
	for (let end = words.length - 1; end >= 2; end--) {
		const head = words.slice(0, end).join(' ');
		// Read as a text of its own, the opening's phrases are the candidates that end where it ends.
		for (const span of filterKeyphrases(extractKeyphraseCandidates(head), { text: head, acronyms: [] })) if (span.end === head.length) found.push(span.text);
	}
	return found;
}
