/**
 * Finding and classifying URLs in free text (abstracts) and source fields.
 * Shared by the ingest parsers and the annotation stage.
 */
import type { PaperLink } from '../../src/shared/paper-schema.ts';

/** A URL with scheme, up to whitespace or a bracket/quote that cannot end a URL in prose. */
const URL_PATTERN = /https?:\/\/[^\s<>"'`()[\]{}]+/g;
/** Sentence punctuation that ends the sentence, not the URL ("… at https://x.io/a."). */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
/**
 * The next sentence glued to a URL where a section break was lost ("…/HyperTMO.Supplementary
 * data are…"): a capitalised word after the URL's last dot, followed in the text by a
 * lower-case word. sentence-spaces.ts leaves URLs whole, so it is cut off here.
 */
const GLUED_SENTENCE_START = /\.\p{Lu}\p{Ll}+$/u;
const LOWER_CASE_WORD_NEXT = /^\s+\p{Ll}/u;
/** An e-mail address glued to the URL's last segment the same way ("…/GraphBin.name@uni.edu.au"). */
const GLUED_EMAIL = /(\/[^/@.]+)\.[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

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
 * Trailing sentence punctuation, and a next sentence or an e-mail address glued to the URL, are
 * left out of it.
 *
 * @example findUrls('Code: https://github.com/a/b.')[0].url // 'https://github.com/a/b'
 */
export function findUrls(text: string): PaperLink[] {
	const links: PaperLink[] = [];
	for (const match of text.matchAll(URL_PATTERN)) {
		const start = match.index;
		let url = match[0].replace(TRAILING_PUNCTUATION, '');
		if (GLUED_SENTENCE_START.test(url) && LOWER_CASE_WORD_NEXT.test(text.slice(start + match[0].length))) url = url.replace(GLUED_SENTENCE_START, '');
		url = url.replace(GLUED_EMAIL, '$1');
		if (!isValidUrl(url)) continue;
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

/**
 * A reference manager's URL field (BibTeX `url`, CSL `URL`, RIS `UR`): the article's page at its
 * publisher or in a database (PubMed, JSTOR), which the page would otherwise call a "Project
 * page"; a link to code, arXiv, Hugging Face or a DOI keeps its kind.
 *
 * @example articleLink('https://www.ncbi.nlm.nih.gov/pubmed/33323120')?.kind // 'other'
 */
export function articleLink(url: string | null | undefined): PaperLink | null {
	const link = fieldLink(url);
	return link && link.kind === 'project' ? { ...link, kind: 'other' } : link;
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
