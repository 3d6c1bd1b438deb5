/**
 * Markdown copies of a Hugging Face Papers page (a "copy as Markdown" extension, a reader
 * service), read by their structure: every card is a heading whose link points at
 * `/papers/<arXiv id>`, and what follows it up to the next card is that card's.
 *
 * A card's own blocks (author count or organisation, date, abstract, repository and arXiv
 * links) come after its heading; its thumbnail, submitter and upvote box come before it, so
 * once one of those shows up, the blocks that follow belong to the next card.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { PaperLink } from '../../src/shared/paper-schema.ts';
import { parseCardDate } from './dates.ts';
import { dedupeCards } from './hf-page-cards.ts';
import { joinSplitLinks } from './hf-page-lines.ts';
import { splitLines } from './line-index.ts';
import { cleanText, createRawPaper, warning } from './raw-paper.ts';
import type { Diagnostic, ListingParser, RawPaper } from './types.ts';
import { fieldLink, findUrls, unionLinks } from './urls.ts';
import { restoreSentenceSpaces } from './sentence-spaces.ts';
import { withLostLatexRead } from './lost-latex.ts';

/** A card's own page, absolute or site-relative: `https://huggingface.co/papers/2501.12948`. */
const PAPER_URL = /^(?:https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co))?\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?(?:[?#]\S*)?$/;
/** A heading line that opens a link to a paper page (its label may wrap onto the next lines). */
const CARD_HEADING_LINE = /^#{1,6}[ \t]+\[[^\n]*?(?:\]\((?:https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co))?\/papers\/\d{4}\.\d{4,5}|$)/m;
/** `16 authors`: a card's author count. */
const AUTHORS = /^(\d+)\s+authors?$/i;
/** An organisation's page on the Hub, shown in place of the author count. */
const HUB_ORGANIZATION = /^https?:\/\/(?:www\.)?huggingface\.co\/[\w.-]+\/?$/;
/** Pages of the site itself (menus, footer, tabs): never a card's link. */
const SITE_URL = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)(?:\/|$)/;
/** An upvote or star count: `195`, `1,204`, `12.3k`. */
const COUNT = /^(\d[\d,]*(?:\.\d+)?)(k)?$/i;
/** Blocks that open the next card: its submitter and its upvote box (`Upvote 195`). */
const NEXT_CARD_TEXT = /^(?:submitted by\b.*|upvote(?:\s+(\d[\d,]*))?)$/i;

type Block =
	| { kind: 'opener'; upvotes: number | null }
	| { kind: 'count'; value: number }
	| { kind: 'metadata'; authorCount: number | null; published: string | null | undefined }
	| { kind: 'organization'; name: string }
	| { kind: 'links'; links: PaperLink[] }
	| { kind: 'text'; text: string }
	| { kind: 'other' };

interface Card {
	paper: RawPaper;
	abstract: string[];
	/** `before` the abstract, `in` it, or `done` once another block followed it. */
	state: 'before' | 'in' | 'done';
	previous: Block['kind'] | null;
}

/** Whether `text` has Markdown card headings (`### [Title](…/papers/<id>)`). */
export function hasMarkdownCards(text: string): boolean {
	return CARD_HEADING_LINE.test(text) && /\]\((?:https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co))?\/papers\/\d{4}\.\d{4,5}/.test(text);
}

/** Papers of a Markdown page copy, in page order, each card once; a card without abstract is a warning naming its title. */
export const parseHfMarkdownPage: ListingParser = (text, file) => {
	// A title wrapped inside `### [… \n …](url)` is joined first; line numbers stay as they were.
	const tree = fromMarkdown(joinSplitLinks(splitLines(text)).join('\n'));
	const diagnostics: Diagnostic[] = [];
	const cards: Card[] = [];
	let card: Card | null = null;
	let nextUpvotes: number | null = null;
	let opened = true;

	for (const node of tree.children) {
		if (node.type === 'heading') {
			const heading = readCardHeading(node, file);
			card = heading ? { paper: { ...heading, upvotes: nextUpvotes }, abstract: [], state: 'before', previous: null } : null;
			if (card) cards.push(card);
			nextUpvotes = null;
			opened = false;
			continue;
		}
		const block = classifyBlock(node);
		if (block.kind === 'opener') {
			opened = true;
			nextUpvotes = block.upvotes ?? nextUpvotes;
		} else if (block.kind === 'count' && (opened || !card)) nextUpvotes = block.value;
		else if (card && !opened) applyBlock(card, block);
	}

	const papers: RawPaper[] = [];
	for (const { paper, abstract } of cards) {
		const line = paper.sources[0].line;
		if (abstract.length === 0) {
			diagnostics.push(warning(file, line, `Skipped "${paper.title}": expected an abstract after the title, found none.`));
			continue;
		}
		const text = withLostLatexRead(restoreSentenceSpaces(abstract.join(' ')));
		papers.push({ ...paper, abstract: text, links: unionLinks(findUrls(text), paper.links) });
	}
	return { papers: dedupeCards(papers), diagnostics };
};

/** A card's record from its heading, or null for a heading that is not a card (`# Trending Papers`). */
function readCardHeading(node: Extract<RootContent, { type: 'heading' }>, file: string): RawPaper | null {
	const link = node.children.find((child) => child.type === 'link');
	const id = link ? PAPER_URL.exec(link.url)?.[1] : undefined;
	const title = cleanText(toString(node, { includeImageAlt: false }));
	if (!id || !title) return null;
	return createRawPaper({
		title,
		abstract: '',
		arxivId: id,
		links: [fieldLink(`https://huggingface.co/papers/${id}`, 'huggingface')!],
		source: { file, format: 'hf-page', line: node.position!.start.line },
	});
}

function applyBlock(card: Card, block: Block): void {
	const { paper } = card;
	switch (block.kind) {
		case 'text':
			if (card.state !== 'done') {
				card.abstract.push(block.text);
				card.state = 'in';
			}
			break;
		case 'count':
			// A count right after the repository link is its stars; elsewhere the card's upvotes.
			if (card.previous !== 'links') paper.upvotes ??= block.value;
			break;
		case 'metadata':
			paper.authorCount ??= block.authorCount;
			if (block.published !== undefined) paper.published ??= block.published;
			break;
		case 'organization':
			if (card.state === 'before') paper.organization ??= block.name;
			break;
		case 'links':
			paper.links = unionLinks(paper.links, block.links);
			break;
	}
	// The abstract stands before the card's links; text after them is the page's footer.
	if (block.kind === 'links' || (block.kind !== 'text' && card.state === 'in')) card.state = 'done';
	card.previous = block.kind;
}

function classifyBlock(node: RootContent): Block {
	if (node.type !== 'paragraph') return { kind: 'other' };
	const text = cleanText(toString(node, { includeImageAlt: false }));
	const opener = NEXT_CARD_TEXT.exec(text);
	if (hasImage(node.children) || opener) return { kind: 'opener', upvotes: opener?.[1] ? Number(opener[1].replaceAll(',', '')) : null };
	const count = COUNT.exec(text);
	if (count) return { kind: 'count', value: Math.round(Number(count[1].replaceAll(',', '')) * (count[2] ? 1000 : 1)) };
	const metadata = readMetadata(text);
	if (metadata) return metadata;
	const links = node.children.filter((child) => child.type === 'link');
	if (links.length > 0 && onlyLinks(node)) {
		if (links.length === 1 && HUB_ORGANIZATION.test(links[0].url) && !PAPER_URL.test(links[0].url)) {
			return { kind: 'organization', name: text };
		}
		const own = links.filter((link) => !SITE_URL.test(link.url)).map((link) => fieldLink(link.url));
		return { kind: 'links', links: own.filter((link): link is PaperLink => link !== null) };
	}
	return text ? { kind: 'text', text } : { kind: 'other' };
}

/** `· 16 authors`, `Published on Mar 18, 2025`, or both on one line between `·`; null for other text. */
function readMetadata(text: string): Extract<Block, { kind: 'metadata' }> | null {
	const parts = text.split(/\s*[·•]\s*/).filter(Boolean);
	if (parts.length === 0) return null;
	const metadata: Extract<Block, { kind: 'metadata' }> = { kind: 'metadata', authorCount: null, published: undefined };
	for (const part of parts) {
		const authors = AUTHORS.exec(part);
		const date = authors ? null : parseCardDate(part.replace(/^published on\s+/i, ''));
		if (authors) metadata.authorCount = Number(authors[1]);
		else if (date) metadata.published = date.published;
		else return null;
	}
	return metadata;
}

/** A thumbnail or avatar: a paragraph showing an image, linked or not. */
function hasImage(children: PhrasingContent[]): boolean {
	return children.some((child) => child.type === 'image' || (child.type === 'link' && hasImage(child.children)));
}

/** A paragraph of links separated by white space or a `·`. */
function onlyLinks(node: Paragraph): boolean {
	return node.children.every((child) => child.type === 'link' || (child.type === 'text' && /^[\s·•|]*$/.test(child.value)));
}
