/**
 * Hugging Face Papers page lines read in context: after each line is classified on its own
 * (`hf-page-lines.ts`), passes over the whole page correct what a line's neighbours reveal:
 * a menu word before a site URL, the user name after "Submitted by", an organisation before
 * the `·` separator, and wrapped text lines joined into one paragraph.
 */
import { classifyLine, HUB_ORGANIZATION, joinSplitLinks, WHOLE_ABSTRACT, type PageLine } from './hf-page-lines.ts';

/** Classifies every line of a page copy; the result has one entry per line. */
export function classifyPageLines(lines: string[]): PageLine[] {
	const joined = joinSplitLinks(lines);
	const classified = joined.map(classifyLine);
	markSubmitters(classified, joined);
	markNavigation(classified);
	markOrganizations(classified);
	joinParagraphs(classified);
	return classified;
}

/** A page of the site itself, other than a paper's: menus and footer. */
const SITE_PAGE = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)(?:\/|$)/;

/**
 * A short label whose next non-blank line is a bare URL is the link's text, not a title:
 * a menu word with a page of the site (both chrome), an organisation with its Hub page
 * before the `·` separator, or a card's `GitHub 12.3k` / `arXiv Page` (the URL is kept).
 */
function markNavigation(classified: PageLine[]): void {
	for (let i = 0; i < classified.length; i++) {
		const line = classified[i];
		if (line.kind !== 'url') continue;
		const previous = previousNonBlank(classified, i);
		const label = previous === -1 ? null : classified[previous];
		if (label?.kind !== 'text' || !isMenuWord(label.text)) continue;
		const next = classified[nextNonBlank(classified, i)];
		if (HUB_ORGANIZATION.test(line.url) && next?.kind === 'separator') {
			classified[previous] = { kind: 'organization', name: label.text };
			classified[i] = { kind: 'chrome' };
		} else {
			classified[previous] = { kind: 'chrome' };
			if (SITE_PAGE.test(line.url)) classified[i] = { kind: 'chrome' };
		}
	}
}

/** `Submitted by` and the user name on the line after it: chrome, not a title. */
function markSubmitters(classified: PageLine[], lines: string[]): void {
	for (let i = 0; i + 1 < classified.length; i++) {
		const next = classified[i + 1];
		if (/^submitted by$/i.test(lines[i].trim()) && next.kind === 'text' && !/\s/.test(next.text)) classified[i + 1] = { kind: 'chrome' };
	}
}

/**
 * Adjacent text lines are one paragraph: a title or an abstract wrapped by the copy. The
 * paragraph moves onto its first line; the lines it took become blank. A line as long as a
 * whole abstract was not wrapped: it starts a paragraph of its own (a title right above it).
 */
function joinParagraphs(classified: PageLine[]): void {
	for (let i = 0; i < classified.length; i++) {
		const first = classified[i];
		if (first.kind !== 'text') continue;
		let next = i + 1;
		for (; next < classified.length; next++) {
			const line = classified[next];
			if (line.kind !== 'text' || line.text.length >= WHOLE_ABSTRACT) break;
			first.text = `${first.text} ${line.text}`;
			first.arxivId ??= line.arxivId;
			classified[next] = { kind: 'blank' };
		}
		i = next - 1;
	}
}

/**
 * An organisation shown in place of the author count: a short label (no sentence punctuation)
 * right before the `·` separator, after the card's own text lines.
 */
function markOrganizations(classified: PageLine[]): void {
	for (let i = 0; i < classified.length; i++) {
		if (classified[i].kind !== 'separator') continue;
		const previous = previousNonBlank(classified, i);
		const candidate = previous === -1 ? null : classified[previous];
		if (candidate?.kind !== 'text' || candidate.text.length > 60 || /[.!?]$/.test(candidate.text)) continue;
		const before = previousNonBlank(classified, previous);
		if (before !== -1 && classified[before].kind === 'text') {
			classified[previous] = { kind: 'organization', name: candidate.text };
		}
	}
}

function previousNonBlank(classified: PageLine[], index: number): number {
	for (let i = index - 1; i >= 0; i--) if (classified[i].kind !== 'blank') return i;
	return -1;
}

function nextNonBlank(classified: PageLine[], index: number): number {
	for (let i = index + 1; i < classified.length; i++) if (classified[i].kind !== 'blank') return i;
	return -1;
}

function isMenuWord(text: string): boolean {
	return text.length <= 24 && text.split(/\s+/).length <= 3 && !/[.!?:]$/.test(text);
}
