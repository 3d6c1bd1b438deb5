/**
 * A field name written with spaces, as Web of Science's BibTeX export writes one of its fields
 * (`Early Access Date = {{JUN 2020}},` beside `Web-of-Science-Categories`): BibTeX names have no
 * spaces, so the parser gives up on the whole entry and then reads entries from the next `@`,
 * inside an e-mail address. The spaces of such a name become hyphens, as the export's other
 * names have them.
 */

/**
 * A line that opens a field whose name holds spaces, right after a line that closes a field
 * (`},` or `",`) or opens the entry (`@article{key,`): a line inside a field value ("where x =
 * {…}" of a wrapped abstract) follows no such line.
 */
const SPACED_NAME = /(^[ \t]*@[a-zA-Z]+[ \t]*[{(][^,\n]*,[ \t]*\r?\n|[}"][ \t]*,[ \t]*\r?\n)([ \t]*)(\p{L}[\w-]*(?:[ \t]+[\w-]+)+)(?=[ \t]*=[ \t]*[{"\d])/gmu;

/**
 * The BibTeX text with each spaced field name hyphenated; only characters are changed, never
 * a line or a length, so positions stay those of the file.
 *
 * @example hyphenateSpacedFieldNames('DOI = {{10.1/x}},\nEarly Access Date = {{JUN 2020}},') // 'DOI = {{10.1/x}},\nEarly-Access-Date = {{JUN 2020}},'
 */
export function hyphenateSpacedFieldNames(text: string): string {
	return text.replace(SPACED_NAME, (_, before: string, indent: string, name: string) => before + indent + name.replace(/[ \t]/g, '-'));
}
