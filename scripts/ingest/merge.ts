/**
 * Merging records of the same paper read from several sources (or twice from one page).
 */
import { datedByArxivId } from './arxiv-date.ts';
import { morePreciseDate } from './dates.ts';
import type { RawPaper } from './types.ts';
import { findUrls, unionLinks } from './urls.ts';

/** Text of ASCII characters only. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * A title reduced to lower-case letters and digits, for matching the same paper across sources.
 *
 * @example normaliseTitle('Tricks or Traps? A Deep Dive') // 'tricks or traps a deep dive'
 */
export function normaliseTitle(title: string): string {
	// Most titles are ASCII, where decomposing and dropping marks change nothing and the letters and
	// digits are a-z and 0-9: the same text without Unicode normalisation, for every title twice a build.
	if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
	return title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Merges records that share an arXiv id, a DOI or a normalised title (transitively) into one
 * paper per group, in order of first appearance. `merged` counts records folded into another.
 * A shared title alone never joins records whose arXiv ids or DOIs differ: those are two
 * papers with one title, and get two pages (see `assignSlugs`). A paper no source dates is
 * dated by the month of its arXiv id (`arxiv-date.ts`).
 */
export function mergePapers(papers: RawPaper[]): { papers: RawPaper[]; merged: number; conflicts: string[] } {
	const parent = papers.map((_, index) => index);
	const ids = papers.map((paper) => ({
		arxiv: new Set(paper.arxivId ? [paper.arxivId.toLowerCase()] : []),
		doi: new Set(paper.doi ? [paper.doi.toLowerCase()] : []),
	}));
	const find = (index: number): number => {
		while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
		return index;
	};
	const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
	const unite = (first: number, index: number, byTitle: boolean) => {
		const [a, b] = [find(first), find(index)];
		if (a === b) return;
		if (byTitle && (disjoint(ids[a]!.arxiv, ids[b]!.arxiv) || disjoint(ids[a]!.doi, ids[b]!.doi))) return;
		// The earlier record stays the root, so groups keep their first appearance's place.
		const [root, child] = a < b ? [a, b] : [b, a];
		parent[child] = root;
		for (const id of ids[child]!.arxiv) ids[root]!.arxiv.add(id);
		for (const id of ids[child]!.doi) ids[root]!.doi.add(id);
	};
	// Identifiers first, so a title match sees every id its groups already carry.
	for (const byTitle of [false, true]) {
		const firstWithKey = new Map<string, number>();
		papers.forEach((paper, index) => {
			for (const key of matchKeys(paper, byTitle)) {
				const first = firstWithKey.get(key);
				if (first === undefined) firstWithKey.set(key, index);
				else unite(first, index, byTitle);
			}
		});
	}
	const groups = new Map<number, RawPaper[]>();
	papers.forEach((paper, index) => {
		const root = find(index);
		groups.set(root, [...(groups.get(root) ?? []), paper]);
	});
	// Only once every source of a paper is in does a missing date show: then its arXiv id dates it.
	const out = [...groups.values()].map((group) => datedByArxivId(group.reduce(mergeTwo)));
	const conflicts = out.flatMap((paper) =>
		paper.sources.filter((s) => s.note).map((s) => `"${paper.title}": ${s.file}, line ${s.line}: ${s.note}`),
	);
	return { papers: out, merged: papers.length - out.length, conflicts };
}

function matchKeys(paper: RawPaper, byTitle: boolean): string[] {
	if (byTitle) {
		const title = normaliseTitle(paper.title);
		return title ? [`title:${title}`] : [];
	}
	const keys: string[] = [];
	if (paper.arxivId) keys.push(`arxiv:${paper.arxivId.toLowerCase()}`);
	if (paper.doi) keys.push(`doi:${paper.doi.toLowerCase()}`);
	return keys;
}

/**
 * One record from two: non-null fields win (the first source on ties), the longer abstract and
 * author list win, links are united by URL, sources are concatenated in order.
 * When the titles differ beyond case and punctuation, or the abstracts differ (beyond one being
 * the start of the other), title and abstract both come from the record whose abstract won, so
 * a page never mixes one source's title with another's abstract; the losing record's source
 * says so in its `note`.
 */
export function mergeTwo(a: RawPaper, b: RawPaper): RawPaper {
	const bWins = b.abstract.length > a.abstract.length;
	const [winner, loser] = bWins ? [b, a] : [a, b];
	const titleDiffers = Boolean(a.title && b.title) && normaliseTitle(a.title) !== normaliseTitle(b.title);
	const abstractDiffers = abstractsConflict(a.abstract, b.abstract);
	const abstract = winner.abstract;
	const sources = [...a.sources, ...b.sources];
	if (titleDiffers || abstractDiffers) {
		const at = winner.sources[0]!;
		const what = [titleDiffers && `title "${loser.title}"`, abstractDiffers && 'abstract'].filter(Boolean).join(' and ');
		const why = bWins || a.abstract.length > b.abstract.length ? 'its abstract is longer' : 'it came first';
		const note = `${what} ${titleDiffers && abstractDiffers ? 'differ' : 'differs'} from ${at.file}, line ${at.line}, whose title and abstract were kept (${why})`;
		const index = sources.indexOf(loser.sources[0]!);
		sources[index] = { ...sources[index]!, note: [sources[index]!.note, note].filter(Boolean).join('; ') };
	}
	return {
		title: titleDiffers ? winner.title : a.title || b.title,
		abstract,
		abstractSections: winner.abstractSections.length > 0 ? winner.abstractSections : loser.abstractSections,
		authors: b.authors.length > a.authors.length ? b.authors : a.authors,
		authorCount: a.authorCount ?? b.authorCount,
		organization: a.organization ?? b.organization,
		published: morePreciseDate(a.published, b.published),
		comments: a.comments ?? b.comments,
		upvotes: a.upvotes ?? b.upvotes,
		arxivId: a.arxivId ?? b.arxivId,
		doi: a.doi ?? b.doi,
		venue: a.venue ?? b.venue,
		links: mergeLinks(abstract, a, b),
		huggingFace: mergeHuggingFace(a.huggingFace, b.huggingFace),
		sources,
	};
}

/** Two abstracts conflict when both are given and neither is the start of the other (a cut copy). */
function abstractsConflict(a: string, b: string): boolean {
	const [x, y] = [normaliseTitle(a), normaliseTitle(b)];
	return x !== '' && y !== '' && !x.startsWith(y) && !y.startsWith(x);
}

/** Spans must point into the abstract that won, so abstract URLs are found again in it. */
function mergeLinks(abstract: string, a: RawPaper, b: RawPaper): RawPaper['links'] {
	const fieldLinks = [...a.links, ...b.links].map(({ url, kind }) => ({ url, kind }));
	return unionLinks(findUrls(abstract), fieldLinks);
}

function mergeHuggingFace(a: RawPaper['huggingFace'], b: RawPaper['huggingFace']): RawPaper['huggingFace'] {
	if (!a || !b) return a ?? b;
	return {
		aiSummary: a.aiSummary ?? b.aiSummary,
		aiKeywords: [...new Set([...a.aiKeywords, ...b.aiKeywords])],
	};
}
