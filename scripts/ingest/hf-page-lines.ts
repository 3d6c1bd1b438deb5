/**
 * Line forms of Hugging Face Papers page text: what one line of a copied page is on its own,
 * page chrome, card metadata, or text (a title or an abstract). `hf-page-line-context.ts`
 * reads each line by its neighbours; `hf-page.ts` assembles cards.
 */
import { parseCardDate } from './dates.ts';

/** One line of a page copy, by what it is. */
export type PageLine =
	| { kind: 'blank' }
	| { kind: 'chrome' }
	| { kind: 'text'; text: string; arxivId: string | null }
	| { kind: 'upvotes'; upvotes: number | null }
	| { kind: 'paper-url'; arxivId: string }
	| { kind: 'url'; url: string }
	| { kind: 'authors'; count: number }
	| { kind: 'organization'; name: string }
	| { kind: 'separator' }
	| { kind: 'date'; published: string | null; comments: number | null; yearless: boolean }
	| { kind: 'count'; value: number };

/** Characters from which a line is an abstract on its own: no title or wrapped line is as long. */
export const WHOLE_ABSTRACT = 200;

/** Lines the site prints around the cards (header, newsletter box, period tabs). */
const CHROME = new Set(
	[
		'new',
		'Get trending papers in your email inbox!',
		'Subscribe',
		'Daily Papers',
		'Trending Papers',
		'byAK and the research community',
		'Daily',
		'Weekly',
		'Monthly',
		'Daily / Weekly / Monthly',
		'Daily / Weekly / Monthly / Trending',
		'by AK and the research community',
		'System theme',
		'Company',
		'Website',
		'Search',
		'Upvote',
		'[',
		'Submitted by',
	].map((line) => line.toLowerCase()),
);

/**
 * The longest chrome line. Every chrome line is ASCII, and only a character of one code unit
 * lower-cases to an ASCII one, so a longer line is never chrome: the test skips lower-casing
 * every abstract.
 */
const LONGEST_CHROME = Math.max(...[...CHROME].map((line) => line.length));

/** `https://huggingface.co/papers/<arXiv id>`: the card's own page; its id is the arXiv id. */
const PAPER_URL = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?(?:[?#]\S*)?$/;
/** An organisation's page on the Hub: one path segment. */
export const HUB_ORGANIZATION = /^https?:\/\/(?:www\.)?huggingface\.co\/[\w.-]+\/?$/;
/** A whole line that is one URL. */
const BARE_URL = /^https?:\/\/\S+$/;
/** `• 8 authors` (bullet optional): the author count of a card. */
const AUTHORS = /^(?:[•·]\s*)?(\d+)\s+authors?$/i;
/** The tail of an author count split across a Markdown link: `2 authors](https://…)`. */
const LINK_TAIL = /^(?:[•·]\s*)?([^[\]]+)\]\((\S+)\)$/;
/** ` [-] 12`: a card's upvote box; the count is whichever part is a number, `-` is none. */
const UPVOTES = /^\[(\d+|-|\s?)\]\s*(\d+|-)?$/;
/** `### [Title](https://huggingface.co/papers/2501.12948)`: a Markdown card title or other link. */
const MARKDOWN_LINK = /^(?:#{1,6}\s+)?\[([^\]]+)\]\((\S+)\)$/;
/**
 * Markdown decoration: images, empty links, setext underlines, horizontal rules, and table rows
 * (`| a | b |`): no card puts a title or an abstract in a table, while a notes file beside the
 * listings (a README citing where they came from) does.
 */
const MARKDOWN_CHROME = /^(?:!?\[!\[.*|!\[[^\]]*\]\([^)]*\)|\[\]\([^)]*\)|[-=*_]{3,}|[*-]\s+\[[^\]]+\]\([^)]*\)|\|.*\|)$/;

/**
 * What one line of a page copy is, read on its own; `classifyPageLines` corrects it by its neighbours.
 *
 * @example classifyLine('• 8 authors') // → { kind: 'authors', count: 8 }
 */
export function classifyLine(raw: string): PageLine {
	const line = raw.trim();
	if (line === '') return { kind: 'blank' };
	if ((line.length <= LONGEST_CHROME && CHROME.has(line.toLowerCase())) || MARKDOWN_CHROME.test(line)) return { kind: 'chrome' };
	if (line === '·' || line === '•') return { kind: 'separator' };
	const paper = PAPER_URL.exec(line);
	if (paper) return { kind: 'paper-url', arxivId: paper[1] };
	if (BARE_URL.test(line)) return { kind: 'url', url: line };
	const authors = AUTHORS.exec(line);
	if (authors) return { kind: 'authors', count: Number(authors[1]) };
	const upvotes = UPVOTES.exec(line);
	if (upvotes) return { kind: 'upvotes', upvotes: upvoteCount(upvotes[1], upvotes[2]) };
	const date = parseCardDate(line.replace(/^published on\s+/i, ''));
	if (date) return { kind: 'date', ...date, yearless: !/\d{4}/.test(line) };
	if (/^\d+$/.test(line)) return { kind: 'count', value: Number(line) };
	// Both link forms end the line with `)`: an abstract, which does not, is not scanned for them.
	if (line.endsWith(')')) {
		const link = MARKDOWN_LINK.exec(line);
		if (link) {
			const [, label, url] = link;
			const count = AUTHORS.exec(label.trim());
			if (count) return { kind: 'authors', count: Number(count[1]) };
			const id = PAPER_URL.exec(url);
			// A link to the card's own page is its title; any other link (a repository) is a URL.
			if (id) return { kind: 'text', text: label.trim(), arxivId: id[1] };
			// `[OpenAI](https://huggingface.co/openai)` in place of the author count: an organisation.
			if (HUB_ORGANIZATION.test(url)) return { kind: 'organization', name: label.trim() };
			if (BARE_URL.test(url)) return { kind: 'url', url };
		}
		const tail = LINK_TAIL.exec(line);
		if (tail) {
			const count = AUTHORS.exec(tail[1].trim());
			if (count) return { kind: 'authors', count: Number(count[1]) };
			return { kind: 'organization', name: tail[1].trim() };
		}
	}
	if (line.startsWith('• ')) return { kind: 'organization', name: line.slice(2).trim() };
	return { kind: 'text', text: line.replace(/^#{1,6}\s+/, ''), arxivId: null };
}

/**
 * Markdown links broken over lines (`[` / blank / `2 authors](url)`, or a wrapped title inside
 * `[…](url)`) are joined onto their first line; the lines they took become blank.
 */
export function joinSplitLinks(lines: string[]): string[] {
	const out = [...lines];
	for (let i = 0; i < out.length; i++) {
		if (!opensLink(out[i])) continue;
		for (let j = i + 1; j < Math.min(out.length, i + 4); j++) {
			if (out[j].trim() === '') continue;
			if (!/\]\(\S+\)\s*$/.test(out[j]) || out[j].includes('[')) break;
			out[i] = `${out[i].trimEnd()} ${out[j].trim()}`.replace(/\[\s+/, '[');
			for (let k = i + 1; k <= j; k++) out[k] = '';
			break;
		}
	}
	return out;
}

/** A line with a `[` that is not closed on the same line. */
function opensLink(line: string): boolean {
	const open = line.lastIndexOf('[');
	return open !== -1 && !line.includes(']', open);
}

function upvoteCount(inside: string, outside: string | undefined): number | null {
	if (outside !== undefined && outside !== '-') return Number(outside);
	return /^\d+$/.test(inside) ? Number(inside) : null;
}

/**
 * Whether a text line reads as an abstract rather than a title: long, or several sentences.
 * Titles may hold a sentence break ("Tricks or Traps? A Deep Dive…") but stay short.
 */
export function looksLikeAbstract(text: string): boolean {
	if (text.length >= WHOLE_ABSTRACT) return true;
	return text.length >= 80 && /[.!?]$/.test(text) && /[.!?]\s+\S/.test(text);
}
