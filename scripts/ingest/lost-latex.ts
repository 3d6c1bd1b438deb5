/**
 * Hugging Face's papers API and pages give an arXiv abstract with its TeX maths unwrapped: each
 * command loses its backslash and dollars, so "8$\times$ faster" arrives as "8times faster" and
 * "$\sim$25 FPS" as "sim25 FPS". A reader sees the command's name glued to the number, and a
 * number glued to a word is no number to the claims. Those two commands, which abstracts use with
 * numbers, are read back as the signs they print; any other text stays as written ("sometimes",
 * "sim2real", a web address).
 */

/** A number then "times" glued to it: `\times` after a number ("8times", "1.2times-2.4times", "8timesA800"). */
const TIMES = /(\d)times(?![a-z])/g;
/** "sim" glued before a number that no letter follows: `\sim` ("sim25 FPS", "sim2×"), not "sim2real" nor "/sim2reason". */
const SIM = /(^|[^\p{L}\p{N}/.-])sim(\d+(?:\.\d+)?)(?![\p{L}\p{N}])/gu;

/**
 * `text` with the `\times` and `\sim` that lost their backslash after or before a number read as
 * "×" and "~".
 *
 * @example withLostLatexRead('up to sim2times faster, 12.1times overall') // 'up to ~2× faster, 12.1× overall'
 */
export function withLostLatexRead(text: string): string {
	if (!text.includes('times') && !text.includes('sim')) return text;
	return text.replace(TIMES, '$1×').replace(SIM, '$1~$2');
}
