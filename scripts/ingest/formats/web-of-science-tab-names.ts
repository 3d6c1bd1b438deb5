/**
 * Web of Science's tab-delimited export as it is written now: a header row of full column names
 * ("Publication Type", "Authors", …, "Article Title", "Source Title", …, "UT (Unique WOS ID)",
 * "Web of Science Record") where older exports wrote the plain text's two-letter tags, and cells that
 * hold a separator (a list of authors, a title with a comma) in double quotes. Each name is the tag
 * it stands for, so a row reads as the plain-text record of the same fields: read as a spreadsheet,
 * the export lost what the tags give (a one-word journal in capitals cased by its ISO abbreviation,
 * "SUSTAINABILITY" by "Sustainability"; the month of the publication date; the PubMed page).
 */

/** The tags the record reader reads, by the column name the export writes for each. */
const TAG_OF_COLUMN = new Map<string, string>([
	['Publication Type', 'PT'],
	['Authors', 'AU'],
	['Book Authors', 'BA'],
	['Book Editors', 'BE'],
	['Book Group Authors', 'GP'],
	['Author Full Names', 'AF'],
	['Book Author Full Names', 'BF'],
	['Group Authors', 'CA'],
	['Article Title', 'TI'],
	['Source Title', 'SO'],
	['Book Series Title', 'SE'],
	['Book Series Subtitle', 'BS'],
	['Language', 'LA'],
	['Document Type', 'DT'],
	['Conference Title', 'CT'],
	['Abstract', 'AB'],
	['Journal Abbreviation', 'J9'],
	['Journal ISO Abbreviation', 'JI'],
	['Publication Date', 'PD'],
	['Publication Year', 'PY'],
	['Volume', 'VL'],
	['Issue', 'IS'],
	['Start Page', 'BP'],
	['End Page', 'EP'],
	['Article Number', 'AR'],
	['DOI', 'DI'],
	['Early Access Date', 'EA'],
	['Pubmed Id', 'PM'],
	['UT (Unique WOS ID)', 'UT'],
]);

/**
 * The tag of each column of a header row of full column names (`''` for a column the reader has no
 * use for), when the row is one: "Publication Type" first, "Article Title" among the names; else null.
 *
 * @example tagsOfNamedHeader(['Publication Type', 'Authors', 'Article Title', 'Cited References']) // ['PT', 'AU', 'TI', '']
 */
export function tagsOfNamedHeader(names: readonly string[]): string[] | null {
	if (names[0] !== 'Publication Type' || !names.includes('Article Title')) return null;
	return names.map((name) => TAG_OF_COLUMN.get(name) ?? '');
}

/**
 * A cell of the named export as written: one in double quotes, with a quote inside doubled, is
 * read without them, as a spreadsheet would ("\"Bonke, V; Musshoff, O\"" → "Bonke, V; Musshoff, O").
 *
 * @example unquotedCell('"Kim, M; Lee, J"') // 'Kim, M; Lee, J'
 */
export function unquotedCell(cell: string): string {
	return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}
