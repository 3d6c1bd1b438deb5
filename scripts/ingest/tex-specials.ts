/**
 * arXiv keeps an abstract as its authors typed it in TeX, and the arXiv API and Hugging Face's papers
 * API pass it on: "a 68.4\% win rate", "R\&D", "50--90\%". A reader sees the backslashes, a search
 * for "68.4%" misses the page, and a claim's value reads "68.4\%". TeX's escaped special characters
 * are read as the characters they print, and a double hyphen between numbers as the en dash it
 * typesets; so is such a character in maths, alone or after a number ("80$\%$", "$88\%$"), as
 * authors also write it, and a tie ("(1)~QA Data Synthesis", "Difference~(TD)", "6~keV") as the
 * space it prints. Other maths and any other command stay as written.
 */

/** A special character alone or after a number in inline maths: `$\%$`, `$88\%$`. */
const SPECIAL_IN_MATHS = /\$(\d+(?:\.\d+)?)?\\([%&#_])\$/g;
/** A special character TeX escapes with a backslash: `\%`, `\&`, `\#`, `\_`, `\$`. */
const ESCAPED_SPECIAL = /\\([%&#_$])/g;
/**
 * TeX's tie, an unbreakable space, between two words ("(1)~QA", "Fig.~3", "$4$~eV"); not a tilde
 * that means "about" ("(~45.5)", " ~10%"), which follows a space or a bracket, nor one in a path
 * ("/~user/").
 */
const TIE = /(?<=[\p{L}\p{N})\].,;:$])~(?=[\p{L}\p{N}([$])/gu;
/** TeX's en dash between two numbers ("50--90"), not a longer run of hyphens. */
const NUMBER_RANGE = /(?<=\d)--(?=\d)/g;

/**
 * `text` with TeX's escaped special characters and number ranges read as they print.
 *
 * @example withTexSpecialsRead('cut by 50--90\\% in R\\&D, 80$\\%$') // 'cut by 50–90% in R&D, 80%'
 * @example withTexSpecialsRead('three levels: (1)~QA data') // 'three levels: (1) QA data'
 */
export function withTexSpecialsRead(text: string): string {
	if (!text.includes('\\') && !text.includes('--') && !text.includes('~')) return text;
	return text.replace(SPECIAL_IN_MATHS, '$1$2').replace(ESCAPED_SPECIAL, '$1').replace(NUMBER_RANGE, '–').replace(TIE, ' ');
}
