/**
 * The outbound links of a paper page — code, project, arXiv, Hugging Face, DOI — from its
 * recorded links and identifiers, each URL once, in a fixed order.
 */
import type { Paper } from '../shared/paper-schema.ts';

export interface OutboundLink {
	kind: Paper['links'][number]['kind'];
	label: string;
	url: string;
}

const ORDER: OutboundLink['kind'][] = ['code', 'project', 'arxiv', 'huggingface', 'doi', 'other'];
const LABEL: Record<OutboundLink['kind'], string> = {
	code: 'Code',
	project: 'Project page',
	arxiv: 'arXiv',
	huggingface: 'Hugging Face',
	doi: 'DOI',
	other: 'Link',
};

/** Only web links are shown: a `javascript:` URL in a source must not become a link. */
const isWeb = (u: string) => /^https?:\/\//i.test(u);

export function paperLinks(paper: Pick<Paper, 'links' | 'arxivId' | 'doi'>): OutboundLink[] {
	const links: OutboundLink[] = paper.links.filter((l) => isWeb(l.url)).map((l) => ({ kind: l.kind, label: LABEL[l.kind], url: l.url }));
	if (paper.arxivId) {
		links.push({ kind: 'arxiv', label: LABEL.arxiv, url: `https://arxiv.org/abs/${paper.arxivId}` });
		links.push({ kind: 'huggingface', label: LABEL.huggingface, url: `https://huggingface.co/papers/${paper.arxivId}` });
	}
	if (paper.doi) links.push({ kind: 'doi', label: LABEL.doi, url: `https://doi.org/${paper.doi}` });
	const seen = new Set<string>();
	const unique = links.filter((l) => {
		const key = l.url.replace(/\/+$/, '').toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const counts = new Map<string, number>();
	for (const l of unique) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
	// Two code links read "Code (1)", "Code (2)" so each link has a distinct name.
	const seenKind = new Map<string, number>();
	return unique
		.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
		.map((l) => {
			if ((counts.get(l.kind) ?? 0) < 2) return l;
			const n = (seenKind.get(l.kind) ?? 0) + 1;
			seenKind.set(l.kind, n);
			return { ...l, label: `${l.label} (${n})` };
		});
}

/** True when the paper links a code repository. */
export const hasCode = (paper: Pick<Paper, 'links'>) => paper.links.some((l) => l.kind === 'code');
