/**
 * A list's theme names no topic. On a list about motoric cognitive risk syndrome seven of ten
 * papers fell in a topic "Motoric cognitive risk syndrome", on a list about AI in renewable energy
 * seven of ten in "Artificial intelligence": a topic that holds most of a list tells a reader
 * nothing the list's own title did not, and hides the subjects its papers differ by. The theme is
 * read as related papers read it (`collection-theme.ts`): a phrase whose one content word, or each
 * pair of adjacent content words, more than half of the papers write.
 */
import { THEME_MIN_PAPERS, wordFeatures } from './collection-theme.ts';
import type { TextFeatureTable } from './text-feature-table.ts';
import { tokenize } from './terms.ts';

/** A word of digits alone ("1000" of "1000 Genomes Project"), which no text feature holds. */
const NUMBER_WORD = /(?:^|\s)[\d.,]+(?=\s|$)/;

/**
 * Whether a phrase is the collection's theme, from the text features every paper was read into:
 * each feature's document count is added up once (the table holds each document's distinct
 * features), and only those of more than half of the papers are kept, a handful on any list.
 * Always false below `THEME_MIN_PAPERS` papers, where half a list is chance, and for a phrase with a
 * word the features leave out.
 *
 * @example
 * // Ten papers, seven of which write "motoric cognitive risk syndrome":
 * themePhrases(table)('Motoric cognitive risk syndrome') // true
 * themePhrases(table)('slow gait') // false
 */
export function themePhrases(text: TextFeatureTable): (phrase: string) => boolean {
	const papers = text.docs.length;
	if (papers < THEME_MIN_PAPERS) return () => false;
	const counts = new Int32Array(text.features.length);
	for (const doc of text.docs) for (const id of doc.ids) counts[id]!++;
	const common = new Set<string>();
	counts.forEach((count, id) => {
		if (count * 2 > papers) common.add(text.features[id]!);
	});
	const known = new Map<string, boolean>();
	return (phrase) => {
		let theme = known.get(phrase);
		if (theme === undefined) {
			// A word the text features leave out (a number, "project") sets a name apart the features cannot read:
			// "1000 Genomes Project" and "Materials Project" are no theme of lists on genomics and materials.
			const readWhole = !NUMBER_WORD.test(phrase) && tokenize(phrase).every((token) => !token.stop);
			const features = common.size > 0 && readWhole ? wordFeatures(phrase) : [];
			known.set(phrase, (theme = features.length > 0 && features.every((feature) => common.has(feature))));
		}
		return theme;
	};
}

