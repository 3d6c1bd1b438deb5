/**
 * Parser for arXiv API responses (`export.arxiv.org/api/query`): an Atom feed of entries,
 * read with fast-xml-parser. See https://info.arxiv.org/help/api/user-manual.html#_details_of_atom_results_returned
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PaperLink } from '../../../src/shared/paper-schema.ts';
import { isoDay } from '../dates.ts';
import { createLineIndex } from '../line-index.ts';
import { cleanText, createRawPaper, error, normaliseArxivId, normaliseDoi, warning } from '../raw-paper.ts';
import type { Diagnostic, InputFormat, ListingParser, RawPaper } from '../types.ts';
import { fieldLink, findUrls, unionLinks } from '../urls.ts';
import { restoreSentenceSpaces } from '../sentence-spaces.ts';
import { withTexSpecialsRead } from '../tex-specials.ts';
import { journalReference } from '../venue.ts';
import { unclosedTags, xmlStartIndex, type XmlNode } from './xml-nodes.ts';

const LISTS = new Set(['entry', 'author', 'link', 'category']);

/** Papers of an arXiv API Atom feed, in feed order. */
export const parseArxivAtom: ListingParser = (text, file) => {
	const lines = createLineIndex(text);
	const valid = XMLValidator.validate(text);
	if (valid !== true) {
		// The validator reports tags left open as a JSON list at line 1, column 1: a cut-off file is told where it ends.
		const cutOff = unclosedTags(valid.err.msg);
		const end = lines.position(text.length);
		const { line, col, msg } = cutOff ? { line: end.line, col: end.column, msg: `the file ends before ${cutOff} closed.` } : valid.err;
		return { papers: [], diagnostics: [error(file, line, `Invalid XML: ${msg} Expected well-formed Atom XML.`, col)] };
	}
	const document = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseTagValue: false,
		captureMetaData: true,
		isArray: (name) => LISTS.has(name),
	}).parse(text) as XmlNode;
	const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
	const root = rootName ? (document[rootName] as XmlNode) : undefined;
	if (rootName !== 'feed' || !root || typeof root !== 'object') {
		const at = lines.position(xmlStartIndex(root) ?? 0);
		const found = rootName ? `<${rootName}>` : 'no root element';
		return {
			papers: [],
			diagnostics: [error(file, at.line, `Not an arXiv API response: expected an Atom <feed> root, found ${found}.`, at.column)],
		};
	}
	const papers: RawPaper[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const entry of (root.entry as XmlNode[] | undefined) ?? []) {
		// The column too: a feed saved on one line has all its entries on line 1.
		const { line, column } = lines.position(xmlStartIndex(entry) ?? 0);
		const result = readEntry(entry, file, line);
		if (typeof result === 'string') diagnostics.push(warning(file, line, result, column));
		else papers.push(result);
	}
	return { papers, diagnostics };
};

/** arXiv API Atom: any XML is read as a feed, so that another XML document is reported as not one. */
export const arxivAtom: InputFormat = {
	id: 'arxiv-atom',
	describe: 'an arXiv API Atom feed with <entry> elements',
	sniff: (text) => (/^\s*</.test(text) ? 1 : 0),
	extensions: ['xml', 'atom'],
	parse: parseArxivAtom,
};

function readEntry(entry: XmlNode, file: string, line: number): RawPaper | string {
	const id = textOf(entry.id);
	const title = cleanText(textOf(entry.title));
	const abstract = withTexSpecialsRead(restoreSentenceSpaces(cleanText(textOf(entry.summary))));
	// The API reports a bad query as a feed with one entry titled "Error".
	if (id.includes('arxiv.org/api/errors')) return `The arXiv API returned an error: ${abstract || title}; expected paper entries.`;
	if (!title) return 'Skipped an entry: expected a <title>.';
	if (!abstract) return `Skipped the entry "${title}": expected a <summary> with the abstract.`;
	const links = ((entry.link as XmlNode[] | undefined) ?? []).map(readLink).filter((link) => link !== null);
	const commentLinks = findUrls(cleanText(textOf(entry['arxiv:comment']))).map(({ url, kind }) => ({ url, kind }));
	return createRawPaper({
		title,
		abstract,
		authors: ((entry.author as XmlNode[] | undefined) ?? []).map((author) => cleanText(textOf(author.name))).filter(Boolean),
		authorCount: Array.isArray(entry.author) && entry.author.length > 0 ? entry.author.length : null,
		published: isoDay(textOf(entry.published)),
		arxivId: normaliseArxivId(id),
		doi: normaliseDoi(textOf(entry['arxiv:doi'])),
		venue: journalReference(cleanText(textOf(entry['arxiv:journal_ref']))),
		links: unionLinks(findUrls(abstract), commentLinks, links),
		source: { file, format: arxivAtom.id, line },
	});
}

/** `<link>`: the abstract page (`rel="alternate"`), the PDF (`title="pdf"`) or the DOI. */
function readLink(link: XmlNode): PaperLink | null {
	const href = typeof link['@_href'] === 'string' ? link['@_href'] : null;
	const title = link['@_title'];
	if (!href) return null;
	if (title === 'doi') return fieldLink(href, 'doi');
	if (title === 'pdf' || link['@_rel'] === 'alternate') return fieldLink(href, 'arxiv');
	return fieldLink(href);
}

/** The text of an element, whether the parser gave a string or an object with `#text`. */
function textOf(node: unknown): string {
	if (typeof node === 'string') return node;
	if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']);
	return '';
}
