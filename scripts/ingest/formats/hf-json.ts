/**
 * Parser for the Hugging Face papers JSON API: `/api/daily_papers` (items with a nested `paper`),
 * `/api/papers/<id>` (one paper object) and `/api/papers/search` (an array of either shape).
 */
import { isoDay } from '../dates.ts';
import { parseJsonListing, sniffJson } from '../json-records.ts';
import { cleanText, createRawPaper, normaliseArxivId } from '../raw-paper.ts';
import type { InputFormat, ListingParser, RawPaper } from '../types.ts';
import { fieldLink, findUrls, unionLinks } from '../urls.ts';
import { restoreSentenceSpaces } from '../sentence-spaces.ts';
import { withLostLatexRead } from '../lost-latex.ts';
import { withTexSpecialsRead } from '../tex-specials.ts';

type Json = Record<string, unknown>;

/** Keys only Hugging Face's papers API writes: a daily item's `paper`, a paper's `summary`, … */
const HF_KEYS = ['paper', 'summary', 'upvotes', 'publishedAt', 'ai_summary', 'ai_keywords', 'numComments'];

/** Papers of a Hugging Face papers API response, in response order. */
export const parseHfPapersJson: ListingParser = (text, file) => parseJsonListing(text, file, (item, line) => readItem(item, file, line));

/** The Hugging Face papers JSON API: sure from its keys, and the reader of any other JSON too. */
export const hfJson: InputFormat = {
	id: 'hf-json',
	describe: 'a Hugging Face papers API response (an array of papers or one paper object)',
	sniff: (text) => sniffJson(text, (record) => HF_KEYS.some((key) => key in record), 0.5),
	extensions: ['json'],
	parse: parseHfPapersJson,
};

/** One API item as a RawPaper, or the reason it cannot be one. */
function readItem(item: unknown, file: string, line: number): RawPaper | string {
	if (!isObject(item)) return 'expected a paper object.';
	// Daily and search items wrap the paper; fields missing inside fall back to the wrapper.
	const paper = isObject(item.paper) ? item.paper : item;
	const title = cleanText(text(paper.title) ?? text(item.title) ?? '');
	const abstract = withTexSpecialsRead(withLostLatexRead(restoreSentenceSpaces(cleanText(text(paper.summary) ?? text(item.summary) ?? ''))));
	if (!title) return 'expected a non-empty "title" string.';
	if (!abstract) return `expected a non-empty "summary" string (the abstract) for "${title}".`;
	const arxivId = normaliseArxivId(text(paper.id) ?? text(item.id));
	const authors = (Array.isArray(paper.authors) ? paper.authors : [])
		.map((author) => (isObject(author) ? text(author.name) : text(author)))
		.filter((name): name is string => Boolean(name))
		.map(cleanText);
	const aiSummary = text(paper.ai_summary) ?? text(item.ai_summary) ?? null;
	const aiKeywords = stringList(paper.ai_keywords ?? item.ai_keywords);
	const organization = isObject(item.organization) ? item.organization : isObject(paper.organization) ? paper.organization : null;
	return createRawPaper({
		title,
		abstract,
		authors,
		authorCount: authors.length > 0 ? authors.length : null,
		organization: organization ? (text(organization.fullname) ?? text(organization.name) ?? null) : null,
		published: isoDay(paper.publishedAt ?? item.publishedAt),
		comments: count(item.numComments ?? paper.numComments),
		upvotes: count(paper.upvotes ?? item.upvotes),
		arxivId,
		links: unionLinks(
			findUrls(abstract),
			[
				fieldLink(text(paper.githubRepo) ?? text(item.githubRepo), 'code'),
				fieldLink(text(paper.projectPage) ?? text(item.projectPage), 'project'),
				arxivId ? fieldLink(`https://huggingface.co/papers/${arxivId}`, 'huggingface') : null,
			].filter((link) => link !== null),
		),
		huggingFace: aiSummary || aiKeywords.length > 0 ? { aiSummary: aiSummary ? cleanText(aiSummary) : null, aiKeywords } : null,
		source: { file, format: hfJson.id, line },
	});
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function count(value: unknown): number | null {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function stringList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
