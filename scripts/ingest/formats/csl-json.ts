/**
 * CSL-JSON, the citation data Zotero, Mendeley and Pandoc export: an array of items with `type`,
 * `title`, `author`, `issued`, `DOI`, `URL` and `abstract`.
 * See https://github.com/citation-style-language/schema/blob/master/schemas/input/csl-data.json
 */
import { leadingIsoDate, partialIsoDate } from '../dates.ts';
import { parseJsonListing, sniffJson } from '../json-records.ts';
import { withoutCaseBraces } from '../case-braces.ts';
import { cleanText, createRawPaper, normaliseArxivId, normaliseDoi } from '../raw-paper.ts';
import { withoutJatsMarkup } from '../jats-markup.ts';
import { withRichTextSpacing } from '../rich-text-spacing.ts';
import type { InputFormat, ListingParser, RawPaper } from '../types.ts';
import { cslVenue } from '../venue.ts';
import { articleLink, findUrls, unionLinks } from '../urls.ts';
import { restoreSentenceSpaces } from '../sentence-spaces.ts';
import { splitAbstractSections } from '../abstract-sections.ts';
import { splitInlineParts } from '../inline-abstract-parts.ts';
import { withSpacedReferencesRead } from '../exported-html.ts';
import { withGluedPossessivesSpaced } from '../glued-possessives.ts';

type Item = Record<string, unknown>;

/**
 * The rich-text tags CSL allows in fields (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * matched exactly so that a literal "p < 0.05" stays; and an image a preprint server's abstract
 * page carried (bioRxiv's graphical abstract, `<img class="highwire-fragment" …>`), which holds
 * no text, with the labels of HighWire's figure widget copied after it ("Download figure", "Open in
 * new tab").
 */
const MARKUP = /<\/?(?:i|b|sup|sub)>|<span(?: class="nocase"| style="[^"<>]*")?>|<\/span>|<img\s[^<>]*>(?:\s*(?:Download figure|Open in new tab))*/g;
/** The DataCite DOI arXiv gives every paper: `10.48550/arXiv.<id>`. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
/** Zotero writes an arXiv paper's id into `number` and `note` as `arXiv:<id>`. */
const ARXIV_LABEL = /\barxiv:\s*([\w./-]+)/i;

/** Papers of a CSL-JSON export, one per item with a title, in file order (an item without an abstract is listed by its details). */
export const parseCslJson: ListingParser = (text, file) => parseJsonListing(text, file, (item, line) => readCslItem(item, file, line));

/** CSL-JSON: sure when the first item has a `type` beside an `id` or a `title`, which Hugging Face records never have. */
export const cslJson: InputFormat = {
	id: 'csl-json',
	describe: 'CSL-JSON as Zotero, Mendeley or Pandoc export it (an array of items with "type", "title" and "abstract", or Zotero\'s web API\'s {"items": [...]})',
	sniff: (text) => sniffJson(text, looksLikeCslItem),
	extensions: ['csl.json'],
	parse: parseCslJson,
};

/** CSL requires `type` and `id`; a Hugging Face daily item has a `paper` instead. */
function looksLikeCslItem(record: Item): boolean {
	return typeof record.type === 'string' && ('id' in record || 'title' in record) && !('paper' in record);
}

/**
 * One CSL item as a RawPaper, or the reason it cannot be one. `format` names the listing's
 * format in the paper's source: another format's records read as CSL items (RIS) name their own;
 * `record`, the record's number in the file, where the format may write several records on a line.
 */
export function readCslItem(item: unknown, file: string, line: number, format: string = cslJson.id, record?: number): RawPaper | string {
	if (!isItem(item)) return 'expected a CSL item object.';
	const title = plain(item.title);
	const parts = splitInlineParts(splitAbstractSections(string(item.abstract) ?? '', plain));
	const abstract = restoreSentenceSpaces(parts.abstract);
	const id = string(item.id);
	if (!title) return `expected a non-empty "title" string${id ? ` in the item "${id}"` : ''}.`;
	const doi = normaliseDoi(item.DOI);
	const authors = (Array.isArray(item.author) ? item.author : []).map(personName).filter(Boolean);
	return createRawPaper({
		title,
		abstract,
		abstractSections: parts.sections,
		authors,
		authorCount: authors.length > 0 ? authors.length : null,
		published: issuedDate(item.issued),
		arxivId: arxivIdOf(item, doi),
		doi,
		venue: cslVenue(string(item.type), plain(item['container-title']), plain(item.publisher)),
		links: unionLinks(findUrls(abstract), [articleLink(string(item.URL))].filter((link) => link !== null)),
		source: record === undefined ? { file, format, line } : { file, format, line, record },
	});
}

/**
 * The arXiv id from the DOI arXiv assigns, Zotero's `arXiv:<id>` number or note, an arXiv URL,
 * or a number in an item whose archive or publisher is arXiv.
 */
function arxivIdOf(item: Item, doi: string | null): string | null {
	const url = string(item.URL);
	const fromArxiv = [item.archive, item.publisher, item['container-title']].some((field) => /^arxiv\b/i.test(string(field) ?? ''));
	return (
		normaliseArxivId(ARXIV_DOI.exec(doi ?? '')?.[1]) ??
		normaliseArxivId(ARXIV_LABEL.exec(string(item.number) ?? '')?.[1]) ??
		normaliseArxivId(ARXIV_LABEL.exec(string(item.note) ?? '')?.[1]) ??
		(url && /^https?:\/\/(?:export\.)?arxiv\.org\//i.test(url) ? normaliseArxivId(url) : null) ??
		(fromArxiv ? normaliseArxivId(string(item.archive_location) ?? string(item.number)) : null)
	);
}

/** "Given Family" with particles and suffix in reading order, or the `literal` name (an institution). */
function personName(person: unknown): string {
	if (!isItem(person)) return '';
	const literal = plain(person.literal);
	if (literal) return literal;
	const parts = [person.given, person['dropping-particle'], person['non-dropping-particle'], person.family, person.suffix];
	return cleanText(parts.map(plain).filter(Boolean).join(' '));
}

/**
 * The ISO date of `issued` as precise as it is: `date-parts` (`[[2019, 6, 25]]`, `[[2019, 6]]`,
 * `[[2019]]`; numbers or strings), or a `raw` or EDTF string starting `YYYY[-MM[-DD]]`.
 */
function issuedDate(issued: unknown): string | null {
	if (typeof issued === 'string') return leadingIsoDate(issued);
	if (!isItem(issued)) return null;
	const first: unknown = Array.isArray(issued['date-parts']) ? issued['date-parts'][0] : undefined;
	const [year = null, month = null, day = null] = (Array.isArray(first) ? first : []).map(integer);
	if (year !== null) return partialIsoDate(year, month, month === null ? null : day);
	return leadingIsoDate(issued.raw);
}

/** A date part as a number: Zotero writes years as strings (`["2023", 6, 29]`). */
function integer(part: unknown): number | null {
	const value = typeof part === 'string' && /^\d+$/.test(part) ? Number(part) : part;
	return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/**
 * A field's text without CSL's rich-text tags (its subscripts glued to their symbols, its paragraphs'
 * tags read as spaces, `rich-text-spacing.ts`), Crossref's JATS markup or BibTeX's case braces (a library
 * imported from BibTeX), whitespace collapsed.
 */
function plain(value: unknown): string {
	return cleanText(withGluedPossessivesSpaced(withoutCaseBraces(withRichTextSpacing(withoutJatsMarkup(withSpacedReferencesRead(string(value) ?? ''))).replace(MARKUP, ''))));
}

function string(value: unknown): string | undefined {
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function isItem(value: unknown): value is Item {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
