/**
 * Hugging Face Papers page text, copied from a browser or converted to Markdown. The parser is
 * large and used on its own elsewhere, so it lives beside the registry in `../hf-page.ts`.
 */
import { hasMarkdownCards } from '../hf-page-markdown.ts';
import { parseHfPapersPage } from '../hf-page.ts';
import type { InputFormat } from '../types.ts';

/** A card's author-count line, `• 8 authors`: only page copies have it. */
const AUTHOR_COUNT_LINE = /^\s*•\s*\d+\s+authors?\s*$/m;

/** Page text: sure from a card's author-count line or a Markdown card heading; otherwise the reader of last resort, as a copy has no fixed syntax. */
export const hfPage: InputFormat = {
	id: 'hf-page',
	describe: 'Hugging Face Papers page text (a title line, an abstract line, then "• N authors" and a date, or a "### [title](…/papers/<id>)" heading per card)',
	sniff: (text) => (AUTHOR_COUNT_LINE.test(text) || hasMarkdownCards(text) ? 0.75 : 0.1),
	extensions: ['txt', 'md'],
	parse: parseHfPapersPage,
};
