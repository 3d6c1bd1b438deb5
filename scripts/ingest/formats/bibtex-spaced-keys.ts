/**
 * A citation key written with spaces, as Scopus's BibTeX export builds keys from a surname that
 * holds one (`@ARTICLE{Md Zabri2018143,`, `@ARTICLE{Allah Pitchay2023802,`): BibTeX keys have no
 * spaces, so the parser gives up on the whole entry and then reads entries from the next `@`,
 * inside an e-mail address of its references or correspondence. The spaces of such a key become
 * underscores; the key names no paper (papers are keyed by identifier or title), so nothing read
 * from the entry changes.
 */

/** An entry head alone on its line whose key holds a space: `@article{Md Zabri2018143,`. */
const SPACED_KEY = /^([ \t]*@[a-zA-Z]+[ \t]*[{(][ \t]*)([^,\s{}()"=]+(?:[ \t]+[^,\s{}()"=]+)+)(?=[ \t]*,[ \t]*\r?$)/gm;

/**
 * The BibTeX text with each spaced citation key joined by underscores; only characters are
 * changed, never a line or a length, so positions stay those of the file.
 *
 * @example underscoreSpacedKeys('@ARTICLE{Md Zabri2018143,\ntitle = {A},\n}') // '@ARTICLE{Md_Zabri2018143,\ntitle = {A},\n}'
 */
export function underscoreSpacedKeys(text: string): string {
	return text.replace(SPACED_KEY, (_, head: string, key: string) => head + key.replace(/[ \t]/g, '_'));
}
