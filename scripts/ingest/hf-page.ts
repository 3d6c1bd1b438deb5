/**
 * Parser for the text of a Hugging Face Papers page (daily, trending or search results),
 * copied from a browser or converted to Markdown. See `hf-page-lines.ts` for the line forms.
 */
import type { PaperLink } from '../../src/schemas/paper.ts';
import { classifyPageLines, looksLikeAbstract, type PageLine } from './hf-page-lines.ts';
import { splitLines } from './line-index.ts';
import { mergeTwo, normaliseTitle } from './merge.ts';
import { createRawPaper, warning } from './raw-paper.ts';
import type { Diagnostic, ListingParser, RawPaper } from './types.ts';
import { fieldLink, findUrls, unionLinks } from './urls.ts';

/** A title seen but not yet matched with its abstract. */
interface PendingTitle {
	text: string;
	line: number;
	lastIndex: number;
	arxivId: string | null;
	upvotes: number | null;
}

/** Papers of a Hugging Face Papers page copy, in page order, each card once. */
export const parseHfPapersPage: ListingParser = (text, file) => {
	const lines = classifyPageLines(splitLines(text));
	const diagnostics: Diagnostic[] = [];
	const papers: RawPaper[] = [];
	let pending: PendingTitle | null = null;
	let card: RawPaper | null = null;
	let upvotes: number | null = null;
	let previous: PageLine = { kind: 'blank' };

	const dropPending = () => {
		// Text before the first card is page chrome (a search query, a heading); later it is a card.
		if (pending && papers.length > 0) {
			diagnostics.push(
				warning(file, pending.line, `Skipped "${pending.text}": expected an abstract line after the title, found none.`),
			);
		}
		pending = null;
	};

	lines.forEach((line, index) => {
		const current = line;
		switch (line.kind) {
			case 'blank':
			case 'chrome':
				return;
			case 'text':
				if (looksLikeAbstract(line.text)) {
					if (pending) {
						card = startCard(pending, line.text, file);
						papers.push(card);
						pending = null;
					} else {
						diagnostics.push(
							warning(file, index + 1, 'Skipped a paragraph: expected a paper title on a line before the abstract.'),
						);
						card = null;
					}
				} else if (pending && pending.lastIndex === index - 1) {
					// A title wrapped onto the next line.
					pending.text = `${pending.text} ${line.text}`;
					pending.lastIndex = index;
					pending.arxivId ??= line.arxivId;
				} else {
					dropPending();
					pending = { text: line.text, line: index + 1, lastIndex: index, arxivId: line.arxivId, upvotes };
					upvotes = null;
					card = null;
				}
				break;
			case 'upvotes':
				dropPending();
				upvotes = line.upvotes;
				card = null;
				break;
			case 'paper-url':
				if (pending) pending.arxivId ??= line.arxivId;
				else if (card) card.arxivId ??= line.arxivId;
				break;
			case 'url': {
				const link = fieldLink(line.url);
				if (card && !pending && link) card.links = unionLinks(card.links, [link]);
				break;
			}
			default:
				if (pending) {
					// Metadata right after a title: the card has no abstract (or it is the page's date line).
					if (!(line.kind === 'date' && line.yearless && papers.length === 0)) dropPending();
					pending = null;
					card = null;
				} else if (card) applyMetadata(card, line, previous);
		}
		previous = current;
	});
	dropPending();
	return { papers: dedupeCards(papers), diagnostics };
};

function startCard(pending: PendingTitle, abstract: string, file: string): RawPaper {
	const links: PaperLink[] = findUrls(abstract);
	const paperLink = pending.arxivId ? fieldLink(`https://huggingface.co/papers/${pending.arxivId}`, 'huggingface') : null;
	return createRawPaper({
		title: pending.text,
		abstract,
		arxivId: pending.arxivId,
		upvotes: pending.upvotes,
		links: paperLink ? [...links, paperLink] : links,
		source: { file, format: 'hf-page', line: pending.line },
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

/** Trending-page copies show each card twice; keep one record, completed from both. */
function dedupeCards(papers: RawPaper[]): RawPaper[] {
	const byKey = new Map<string, number>();
	const out: RawPaper[] = [];
	for (const paper of papers) {
		const keys = [paper.arxivId && `arxiv:${paper.arxivId}`, `title:${normaliseTitle(paper.title)}`].filter(
			(key): key is string => Boolean(key),
		);
		const existing = keys.map((key) => byKey.get(key)).find((index) => index !== undefined);
		if (existing === undefined) {
			keys.forEach((key) => byKey.set(key, out.length));
			out.push(paper);
		} else {
			const merged = mergeTwo(out[existing], paper);
			out[existing] = { ...merged, sources: out[existing].sources };
			keys.forEach((key) => byKey.set(key, existing));
		}
	}
	return out;
}
