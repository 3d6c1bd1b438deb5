/**
 * Parser for the text of a Hugging Face Papers page (daily, trending or search results),
 * copied from a browser or converted to Markdown. A Markdown copy with card headings is read
 * by its structure (`hf-page-markdown.ts`); any other copy line by line (`hf-page-lines.ts`
 * has the line forms, `hf-page-line-context.ts` reads them in context).
 *
 * A card is a title paragraph, an abstract paragraph, then metadata lines (author count or
 * organisation, `·`, date with comment count). Abstracts are told from titles by length, or,
 * when short, by position: two text paragraphs right before a card's metadata are title and
 * abstract.
 */
import type { PaperLink } from '../../src/shared/paper-schema.ts';
import { dedupeCards } from './hf-page-cards.ts';
import { classifyPageLines } from './hf-page-line-context.ts';
import { looksLikeAbstract, type PageLine } from './hf-page-lines.ts';
import { hasMarkdownCards, parseHfMarkdownPage } from './hf-page-markdown.ts';
import { joinLineBreakHyphens } from './line-break-hyphens.ts';
import { withLostLatexRead } from './lost-latex.ts';
import { splitLines } from './line-index.ts';
import { createRawPaper, warning } from './raw-paper.ts';
import type { Diagnostic, ListingParser, RawPaper } from './types.ts';
import { fieldLink, findUrls, unionLinks } from './urls.ts';

/** A run of adjacent short text lines (a title, possibly wrapped) not yet placed in a card. */
interface Paragraph {
	text: string;
	line: number;
	lastIndex: number;
	arxivId: string | null;
	upvotes: number | null;
}

/** A Markdown file's name: a page converted to Markdown has card headings, or it is no page. */
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/**
 * Papers of a Hugging Face Papers page copy, in page order, each card once. A Markdown file
 * without card headings is a document (a README noting where the listings came from), not a
 * page: read line by line, its headings and paragraphs would become papers.
 */
export const parseHfPapersPage: ListingParser = (text, file) => {
	if (hasMarkdownCards(text)) return parseHfMarkdownPage(text, file);
	if (MARKDOWN_FILE.test(file)) {
		const message = 'Found no papers: a Markdown file is read as a Hugging Face Papers page converted to Markdown, whose cards are "### [title](…/papers/<id>)" headings, and this one has none. Keep notes about your listings outside the sources folder.';
		return { papers: [], diagnostics: [warning(file, 1, message)] };
	}
	return parseTextPage(text, file);
};

/** A text copy, read line by line: blocks of text lines are titles or abstracts, the rest card metadata. */
const parseTextPage: ListingParser = (text, file) => {
	const lines = classifyPageLines(splitLines(text));
	const diagnostics: Diagnostic[] = [];
	const papers: RawPaper[] = [];
	let paragraphs: Paragraph[] = [];
	let card: RawPaper | null = null;
	let upvotes: number | null = null;
	let previous: PageLine = { kind: 'blank' };

	const skip = (paragraph: Paragraph) => {
		// Text before the first card is page chrome (a search query, a heading); later it is a card.
		if (papers.length === 0) return;
		const message = `Skipped "${paragraph.text}": expected an abstract line after the title, found none.`;
		diagnostics.push(warning(file, paragraph.line, message));
	};
	const startCard = (title: Paragraph, abstract: string) => {
		card = createCard(title, abstract, file);
		papers.push(card);
	};
	/** Metadata or the end of the page closes the open paragraphs: title + short abstract, or a card without abstract. */
	const closeParagraphs = () => {
		if (paragraphs.length >= 2) {
			const [title, abstract] = paragraphs.slice(-2);
			paragraphs.slice(0, -2).forEach(skip);
			startCard(title, abstract.text);
		} else if (paragraphs.length === 1) {
			skip(paragraphs[0]);
			card = null;
		}
		paragraphs = [];
	};

	lines.forEach((line, index) => {
		if (line.kind === 'blank' || line.kind === 'chrome') return;
		const last = paragraphs.at(-1);
		switch (line.kind) {
			case 'text':
				if (looksLikeAbstract(line.text)) {
					const title = paragraphs.pop();
					paragraphs.forEach(skip);
					paragraphs = [];
					if (title) startCard(title, line.text);
					else {
						diagnostics.push(warning(file, index + 1, 'Skipped a paragraph: expected a paper title on a line before the abstract.'));
						card = null;
					}
				} else if (last && last.lastIndex === index - 1) {
					// A title wrapped onto the next line.
					last.text = `${last.text} ${line.text}`;
					last.lastIndex = index;
					last.arxivId ??= line.arxivId;
				} else {
					paragraphs.push({ text: line.text, line: index + 1, lastIndex: index, arxivId: line.arxivId, upvotes });
					upvotes = null;
				}
				break;
			case 'paper-url':
				if (last) last.arxivId ??= line.arxivId;
				else if (card) card.arxivId ??= line.arxivId;
				break;
			case 'upvotes':
				// The upvote box opens the next card.
				closeParagraphs();
				card = null;
				upvotes = line.upvotes;
				break;
			case 'url': {
				const link = fieldLink(line.url);
				if (card && paragraphs.length === 0 && link) card.links = unionLinks(card.links, [link]);
				break;
			}
			default:
				if (line.kind === 'date' && line.yearless && papers.length === 0 && paragraphs.length > 0) {
					// The page's own date line ("Jan 6") after a search query: all of it is chrome.
					paragraphs = [];
				} else if (paragraphs.length > 0) closeParagraphs();
				if (card) applyMetadata(card, line, previous);
		}
		previous = line;
	});
	closeParagraphs();
	if (papers.length > 0 && !papers.some(hasCardMetadata)) {
		return { papers: [], diagnostics: [warning(file, 1, NOT_A_PAGE)] };
	}
	return { papers: dedupeCards(papers), diagnostics };
};

/**
 * A copied page gives every card an author count, organisation, date, upvotes or paper link.
 * A text file where no card has any is a document (notes, a README), whose headings and
 * paragraphs would otherwise become papers.
 */
const NOT_A_PAGE =
	'Found no papers: this text is read as a copied Hugging Face Papers page, and none of its title-and-abstract pairs has the card lines a page gives (an author count, a date, upvotes or a huggingface.co/papers link). Keep notes about your listings outside the sources folder, or use BibTeX, CSL-JSON, arXiv Atom or Hugging Face JSON for a hand-made list.';

function hasCardMetadata(card: RawPaper): boolean {
	return card.authorCount != null || card.organization != null || card.published != null || card.upvotes != null || card.arxivId != null || card.comments != null;
}

function createCard(title: Paragraph, lines: string, file: string): RawPaper {
	// Lines wrapped at a hyphen read as the Markdown copy's paragraph does (`cleanText`).
	const abstract = withLostLatexRead(joinLineBreakHyphens(lines));
	const links: PaperLink[] = findUrls(abstract);
	const paperLink = title.arxivId ? fieldLink(`https://huggingface.co/papers/${title.arxivId}`, 'huggingface') : null;
	return createRawPaper({
		title: title.text,
		abstract,
		arxivId: title.arxivId,
		upvotes: title.upvotes,
		links: paperLink ? [...links, paperLink] : links,
		source: { file, format: 'hf-page', line: title.line },
	});
}

function applyMetadata(card: RawPaper, line: PageLine, previous: PageLine): void {
	switch (line.kind) {
		case 'authors':
			card.authorCount ??= line.count;
			break;
		case 'organization':
			card.organization ??= line.name;
			break;
		case 'date':
			card.published ??= line.published;
			card.comments ??= line.comments;
			break;
		case 'count':
			// "Oct 31, 2023 " then "3": the comment count on its own line.
			if (previous.kind === 'date') card.comments ??= line.value;
			break;
	}
}
