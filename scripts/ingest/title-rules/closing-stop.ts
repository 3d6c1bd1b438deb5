/**
 * A full stop closing a title: NLM's cataloguers close every MEDLINE title with one, and exports
 * copied from such records (SciFinder, BibDesk, some journal pages) keep it. The article's title
 * has none; a page heading or a card shows it, and a citation style adding its own stop prints
 * "… Studies.." in a reference list. A stop that ends an abbreviation ("Bacillus sp.", "the U.S.")
 * or an ellipsis stays.
 */
import type { TitleRule } from './types.ts';

/** A title's last word when it is an abbreviation whose stop is its own. */
const ABBREVIATION = /(?:^|[\s(])(?:sp|spp|subsp|var|al|etc|vs|Inc|Ltd|Co|Jr|Sr|St|(?:\p{L}\.)+\p{L})\.$/u;

/**
 * The title without a closing full stop, as described above.
 *
 * @example closingStop('Grazing and soil carbon.', '') // 'Grazing and soil carbon'
 * @example closingStop('Phages of Bacillus sp.', '') // unchanged
 */
export const closingStop: TitleRule = (title) => {
	const trimmed = title.trimEnd();
	if (!trimmed.endsWith('.') || trimmed.endsWith('..') || ABBREVIATION.test(trimmed)) return title;
	// A title that is only the stop, or punctuation, keeps it: no title is left without it.
	const without = trimmed.slice(0, -1).trimEnd();
	return /[\p{L}\p{N}]/u.test(without) ? without : title;
};
