/**
 * Dashes and slashes that join two words without spaces ("structures—R&D", "ZigBee/RFID",
 * "Expectation–Maximization"). github-slugger drops them without a break and glues the words
 * ("structuresrd"); a slug reads them as the break they are. A hyphen is not among them: it
 * belongs to a compound ("self-play") and github-slugger keeps it.
 */

/** En and em dashes, the other Unicode dashes, the minus sign and the slash. */
const WORD_JOINERS = /[\u2010-\u2015\u2212/]/g;

/**
 * The text with every dash or slash that joins words read as a space, for a slug.
 *
 * @example separateJoinedWords('ZigBee/RFID') // 'ZigBee RFID'
 */
export function separateJoinedWords(text: string): string {
	return text.replace(WORD_JOINERS, ' ');
}
