/**
 * What every reader of Hugging Face Papers page copies does with its cards once read.
 */
import { mergeTwo, normaliseTitle } from './merge.ts';
import type { RawPaper } from './types.ts';

/** Trending-page copies show each card twice; keep one record, completed from both. */
export function dedupeCards(papers: RawPaper[]): RawPaper[] {
	const byKey = new Map<string, number>();
	const out: RawPaper[] = [];
	for (const paper of papers) {
		const keys = [paper.arxivId && `arxiv:${paper.arxivId}`, `title:${normaliseTitle(paper.title)}`].filter(
			(key): key is string => Boolean(key),
		);
		const found = keys.map((key) => byKey.get(key)).find((index) => index !== undefined);
		// A card seen twice repeats its arXiv id; a different id under the same title is another paper.
		const otherId = found !== undefined && out[found]!.arxivId && paper.arxivId && out[found]!.arxivId !== paper.arxivId;
		const existing = otherId ? undefined : found;
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
