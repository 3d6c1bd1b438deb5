/**
 * The outbound links of a paper page — code, project, arXiv, Hugging Face, DOI — from its
 * recorded links and identifiers, each URL once, in a fixed order.
 */
import type { Paper } from '../shared/paper-schema.ts';

export interface OutboundLink {
	kind: Paper['links'][number]['kind'] | 'pdf';
	label: string;
	url: string;
}

const ORDER: OutboundLink['kind'][] = ['arxiv', 'pdf', 'huggingface', 'doi', 'code', 'project', 'other'];
const LABEL: Record<OutboundLink['kind'], string> = {
	code: 'Code',
	project: 'Project page',
	arxiv: 'arXiv',
	pdf: 'PDF',
	huggingface: 'Hugging Face',
	doi: 'DOI',
	other: 'Web page',
};

/**
 * The databases and libraries a reference manager's URL field points at, named as readers know them:
 * "PubMed" says more than "Web page". Matched on the host and the start of the path.
 */
const DATABASES: readonly [RegExp, string][] = [
	[/^(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\b/, 'PubMed'],
	[/^(?:ncbi\.nlm\.nih\.gov\/pmc|pmc\.ncbi\.nlm\.nih\.gov)\b/, 'PubMed Central'],
	[/^europepmc\.org\b/, 'Europe PMC'],
	[/^jstor\.org\b/, 'JSTOR'],
	[/^semanticscholar\.org\b/, 'Semantic Scholar'],
	[/^openreview\.net\b/, 'OpenReview'],
	[/^aclanthology\.org\b/, 'ACL Anthology'],
	[/^ieeexplore\.ieee\.org\b/, 'IEEE Xplore'],
	[/^dl\.acm\.org\b/, 'ACM Digital Library'],
	[/^sciencedirect\.com\b/, 'ScienceDirect'],
	[/^link\.springer\.com\b/, 'SpringerLink'],
	[/^scopus\.com\b/, 'Scopus'],
	[/^(?:www\.)?webofscience\.com\b/, 'Web of Science'],
];

/** The name of a web page's database, when it is one of `DATABASES`, else the kind's label. */
function otherLabel(url: string): string {
	const place = url.replace(/^https?:\/\/(?:www\.)?/i, '').toLowerCase();
	return DATABASES.find(([host]) => host.test(place))?.[1] ?? LABEL.other;
}

/** Only web links are shown: a `javascript:` URL in a source must not become a link. */
const isWeb = (u: string) => /^https?:\/\//i.test(u);

/**
 * What a URL points at, so that two spellings of one link are listed once: an arXiv abstract
 * or PDF whatever its version, scheme or `.pdf`, a DOI whatever its resolver or case, any
 * other URL without its scheme, `www.` and trailing slash.
 *
 * @example linkIdentity('http://arxiv.org/pdf/1904.02062v1') // 'arxiv-pdf:1904.02062'
 */
export function linkIdentity(url: string): string {
	const arxiv = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(abs|pdf)\/(.+?)(?:v\d+)?(?:\.pdf)?\/?$/i.exec(url);
	if (arxiv) return `arxiv-${arxiv[1]!.toLowerCase()}:${arxiv[2]!.toLowerCase()}`;
	const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/i.exec(url);
	if (doi) return `doi:${decodeURIComponent(doi[1]!).toLowerCase()}`;
	return url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}

/**
 * The paper's own links: arXiv abstract and PDF and Hugging Face when the arXiv id is known, DOI,
 * code, project. The links made from its identifiers come first, so a source's spelling of the
 * same link (`http://arxiv.org/abs/…v2`, `http://dx.doi.org/…`) gives way to the canonical one.
 */
export function paperLinks(paper: Pick<Paper, 'links' | 'arxivId' | 'doi'>): OutboundLink[] {
	const links: OutboundLink[] = [];
	if (paper.arxivId) {
		links.push({ kind: 'arxiv', label: LABEL.arxiv, url: `https://arxiv.org/abs/${paper.arxivId}` });
		links.push({ kind: 'pdf', label: LABEL.pdf, url: `https://arxiv.org/pdf/${paper.arxivId}` });
		links.push({ kind: 'huggingface', label: LABEL.huggingface, url: `https://huggingface.co/papers/${paper.arxivId}` });
	}
	if (paper.doi) links.push({ kind: 'doi', label: LABEL.doi, url: `https://doi.org/${paper.doi}` });
	for (const l of paper.links) if (isWeb(l.url)) links.push({ kind: l.kind, label: l.kind === 'other' ? otherLabel(l.url) : LABEL[l.kind], url: l.url });
	const seen = new Set<string>();
	const unique = links.filter((l) => {
		const key = linkIdentity(l.url);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const counts = new Map<string, number>();
	for (const l of unique) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
	// Two code links read "Code (1)", "Code (2)" so each link has a distinct name.
	const seenLabel = new Map<string, number>();
	return unique
		.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
		.map((l) => {
			if ((counts.get(l.label) ?? 0) < 2) return l;
			const n = (seenLabel.get(l.label) ?? 0) + 1;
			seenLabel.set(l.label, n);
			return { ...l, label: `${l.label} (${n})` };
		});
}

/** True when the paper links a code repository. */
export const hasCode = (paper: Pick<Paper, 'links'>) => paper.links.some((l) => l.kind === 'code');

/**
 * A query-string value as a form writes it, spaces as `+`, leaving raw the characters a
 * query may hold (`:`, `,`, `/`, `?`, `@`, `;`, `$`): search links carry the title three
 * times on every page without an arXiv id, and `%20` is three bytes for one.
 *
 * @example queryValue('"Meta-DT: Offline"') // '%22Meta-DT:+Offline%22'
 */
export const queryValue = (text: string): string =>
	encodeURIComponent(text)
		.replace(/%20/g, '+')
		.replace(/%(3A|2C|2F|3F|40|3B|24)/g, (escape) => decodeURIComponent(escape));

const ARXIV_SEARCH = 'https://arxiv.org/search/?query=';

/**
 * Where to look for a paper whose arXiv id is unknown: searches for its exact title on
 * arXiv, Hugging Face Papers and Semantic Scholar. Plain links; nothing is fetched. The page
 * writes the first (PaperMeta.astro); `page.js` adds the others from it (`searchesAfterArxiv`),
 * so each page carries one long URL rather than three.
 *
 * @example searchLinks('Meta-DT')[0].url // 'https://arxiv.org/search/?query=%22Meta-DT%22&searchtype=title'
 */
export function searchLinks(title: string): { label: string; url: string }[] {
	const arxiv = `${ARXIV_SEARCH}${queryValue(`"${title.replace(/\s+/g, ' ').trim()}"`)}&searchtype=title`;
	return [{ label: 'Search arXiv', url: arxiv }, ...searchesAfterArxiv(arxiv)];
}

/**
 * The Hugging Face Papers and Semantic Scholar searches for the title an arXiv title search
 * of `searchLinks` looks for, made from its URL (the quoted title is already written as a
 * query value); none for any other URL. Small, as `page.js` carries it.
 *
 * @example searchesAfterArxiv('https://arxiv.org/search/?query=%22Meta-DT%22&searchtype=title')[1].url // 'https://www.semanticscholar.org/search?q=%22Meta-DT%22'
 */
export function searchesAfterArxiv(arxivUrl: string): { label: string; url: string }[] {
	const quoted = /^https:\/\/arxiv\.org\/search\/\?query=(%22.*%22)&searchtype=title$/.exec(arxivUrl)?.[1];
	if (!quoted) return [];
	return [
		{ label: 'Search Hugging Face Papers', url: `https://huggingface.co/papers?q=${quoted.slice(3, -3)}` },
		{ label: 'Search Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${quoted}` },
	];
}
