/**
 * Finding and classifying URLs in free text (abstracts) and source fields.
 * Shared by the ingest parsers and the annotation stage.
 */
import type { PaperLink } from '../../src/shared/paper-schema.ts';

/** A URL with scheme, up to whitespace or a bracket/quote that cannot end a URL in prose. */
const URL_PATTERN = /https?:\/\/[^\s<>"'`()[\]{}]+/g;
/** Sentence punctuation that ends the sentence, not the URL ("… at https://x.io/a."). */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** Hosts whose pages are source code repositories. */
const CODE_HOSTS = new Set([
	'github.com',
	'gitlab.com',
	'bitbucket.org',
	'codeberg.org',
	'sourceforge.net',
	'gitee.com',
	'sr.ht',
	'git.sr.ht',
]);

/**
 * The kind of page a URL points at.
 *
 * @example classifyUrl('https://github.com/s4nyam/RAMario') // 'code'
 * @example classifyUrl('https://lamo2023.github.io') // 'project'
 * @example classifyUrl('https://huggingface.co/spaces/x/demo') // 'code'
 */
export function classifyUrl(url: string): PaperLink['kind'] {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'other';
	}
	const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
	const path = parsed.pathname;
	if (CODE_HOSTS.has(host)) return 'code';
	if (host === 'huggingface.co' || host === 'hf.co') {
		// Spaces are runnable demo code; papers/models/datasets are Hub pages.
		return path.startsWith('/spaces/') ? 'code' : 'huggingface';
	}
	if (host === 'arxiv.org' || host === 'export.arxiv.org') return 'arxiv';
	if (host === 'doi.org' || host === 'dx.doi.org') return 'doi';
	return 'project';
}

/**
 * Every http(s) URL in `text`, in order, with its span: `text.slice(start, end) === url`.
 * Trailing sentence punctuation is left out of the URL.
 *
 * @example findUrls('Code: https://github.com/a/b.')[0].url // 'https://github.com/a/b'
 */
export function findUrls(text: string): PaperLink[] {
	const links: PaperLink[] = [];
	for (const match of text.matchAll(URL_PATTERN)) {
		const url = match[0].replace(TRAILING_PUNCTUATION, '');
		if (!isValidUrl(url)) continue;
		const start = match.index;
		links.push({ url, kind: classifyUrl(url), span: { start, end: start + url.length, text: url } });
	}
	return links;
}

/** A link given by a source field (no span in the abstract), or null when `url` is not a URL. */
export function fieldLink(url: string | null | undefined, kind?: PaperLink['kind']): PaperLink | null {
	const trimmed = url?.trim();
	if (!trimmed || !isValidUrl(trimmed)) return null;
	return { url: trimmed, kind: kind ?? classifyUrl(trimmed) };
}

/** Appends links whose URL is not present yet; keeps the first occurrence (and its span). */
export function unionLinks(...lists: PaperLink[][]): PaperLink[] {
	const seen = new Set<string>();
	const out: PaperLink[] = [];
	for (const link of lists.flat()) {
		if (seen.has(link.url)) continue;
		seen.add(link.url);
		out.push(link);
	}
	return out;
}

function isValidUrl(url: string): boolean {
	try {
		const parsed = new URL(url);
		return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.includes('.');
	} catch {
		return false;
	}
}
