import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePapers, mergeTwo, normaliseTitle } from './merge.ts';
import { createRawPaper } from './raw-paper.ts';
import type { RawPaper } from './types.ts';
import { findUrls } from './urls.ts';

const paper = (fields: Partial<RawPaper> & { title: string; line: number }): RawPaper => {
	const { line, ...rest } = fields;
	return createRawPaper({ abstract: 'An abstract.', ...rest, source: { file: 'a.txt', format: 'hf-page', line } });
};

describe('normaliseTitle', () => {
	it('reads an ASCII title as the Unicode rules do (decomposed, marks dropped, letters and digits kept)', () => {
		const unicode = (title: string) => title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
		fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (title) => normaliseTitle(title) === unicode(title)));
		expect(normaliseTitle('Café: Über-Models, 2nd Ed.')).toBe('cafe uber models 2nd ed');
	});

	it('ignores case, punctuation, dashes and accents', () => {
		expect(normaliseTitle('RAMario: Reptile -- RL for Mario')).toBe(normaliseTitle('{RAMario}: reptile – RL for mario'));
		expect(normaliseTitle('Über Café')).toBe('uber cafe');
	});
});

describe('mergePapers', () => {
	it('merges records that share an arXiv id, a DOI (any case) or a title, keeping first-appearance order', () => {
		const input = [
			paper({ title: 'First', arxivId: '2305.18290', line: 1 }),
			paper({ title: 'Second', doi: '10.1/x', line: 2 }),
			paper({ title: 'Another name for first', arxivId: '2305.18290', line: 3 }),
			paper({ title: 'second', line: 4 }),
			paper({ title: 'Third', doi: '10.1/X', line: 5 }),
			paper({ title: 'Fourth', line: 6 }),
		];
		const { papers, merged } = mergePapers(input);
		expect(merged).toBe(3);
		expect(papers.map((p) => [p.title, p.sources.map((s) => s.line)])).toEqual([
			['First', [1, 3]],
			['Second', [2, 4, 5]],
			['Fourth', [6]],
		]);
	});

	it('merges transitively: a record sharing an id with one and a title with another joins both', () => {
		const input = [
			paper({ title: 'Alpha', arxivId: '1111.11111', line: 1 }),
			paper({ title: 'Beta', line: 2 }),
			paper({ title: 'Beta', arxivId: '1111.11111', line: 3 }),
		];
		const { papers, merged } = mergePapers(input);
		expect(merged).toBe(2);
		expect(papers).toHaveLength(1);
		expect(papers[0].sources.map((s) => s.line)).toEqual([1, 2, 3]);
	});

	it('keeps two papers that share a title but not their arXiv id or DOI apart', () => {
		const input = [
			paper({ title: 'Attention Is All You Need', arxivId: '1706.03762', line: 1 }),
			paper({ title: 'Attention is all you need', arxivId: '2501.00001', line: 2 }),
			paper({ title: 'Attention Is All You Need', doi: '10.1/a', line: 3 }),
			paper({ title: 'Attention Is All You Need', doi: '10.1/b', line: 4 }),
		];
		const { papers, merged } = mergePapers(input);
		// Line 3 (no arXiv id) joins line 1 by title; line 4's DOI then differs from line 3's.
		expect(merged).toBe(1);
		expect(papers.map((p) => p.sources.map((s) => s.line))).toEqual([[1, 3], [2], [4]]);
	});

	it('leaves distinct papers alone', () => {
		const input = [paper({ title: 'One', line: 1 }), paper({ title: 'Two', line: 2 })];
		expect(mergePapers(input)).toEqual({ papers: input, merged: 0, conflicts: [] });
	});

	it('reports a merge whose sources disagree on title and abstract, and never mixes them', () => {
		const json = createRawPaper({
			title: 'Sparse Mixtures for Vision',
			abstract: 'We study sparse mixtures of experts for images.',
			arxivId: '2401.00007',
			source: { file: 'papers.json', format: 'hf-json', line: 4 },
		});
		const bib = createRawPaper({
			title: 'Dense Retrieval at Scale',
			abstract: 'A dense retriever trained on a billion pairs, with ablations on every component.',
			arxivId: '2401.00007',
			source: { file: 'refs.bib', format: 'bibtex', line: 12 },
		});
		const { papers, merged, conflicts } = mergePapers([json, bib]);
		expect(merged).toBe(1);
		expect(papers[0].title).toBe(bib.title);
		expect(papers[0].abstract).toBe(bib.abstract);
		expect(papers[0].sources[0].note).toBe(
			'title "Sparse Mixtures for Vision" and abstract differ from refs.bib, line 12, whose title and abstract were kept (its abstract is longer)',
		);
		expect(papers[0].sources[1].note).toBeUndefined();
		expect(conflicts).toEqual([`"Dense Retrieval at Scale": papers.json, line 4: ${papers[0].sources[0].note}`]);
	});

	it('does not call a cut-short abstract or a change of case a conflict', () => {
		const input = [
			paper({ title: 'Tricks or Traps?', abstract: 'We study tricks', arxivId: '2401.00008', line: 1 }),
			paper({ title: 'tricks or traps', abstract: 'We study tricks and traps in depth.', arxivId: '2401.00008', line: 2 }),
		];
		const { papers, conflicts } = mergePapers(input);
		expect(conflicts).toEqual([]);
		expect(papers[0].title).toBe('Tricks or Traps?');
		expect(papers[0].sources.every((s) => s.note === undefined)).toBe(true);
	});
});

describe('mergeTwo', () => {
	it('keeps non-null fields, the longer abstract and author list, and unites links by URL', () => {
		const long = 'A longer abstract with code at https://github.com/a/b and more words.';
		const a = paper({
			title: 'T',
			abstract: 'A longer',
			abstractSections: [],
			authorCount: 2,
			comments: 1,
			links: [{ url: 'https://x.io/p', kind: 'project' }],
			line: 1,
		});
		const b = paper({
			title: 't',
			abstract: long,
			authors: ['Ann', 'Bo'],
			upvotes: 5,
			arxivId: '2401.00001',
			links: [...findUrls(long), { url: 'https://x.io/p', kind: 'project' }],
			huggingFace: { aiSummary: 'AI text', aiKeywords: ['k'] },
			line: 9,
		});
		const merged = mergeTwo(a, b);
		expect(merged).toEqual({
			title: 'T',
			abstract: long,
			authors: ['Ann', 'Bo'],
			abstractSections: [],
			authorCount: 2,
			organization: null,
			published: null,
			comments: 1,
			upvotes: 5,
			arxivId: '2401.00001',
			doi: null,
			venue: null,
			links: [
				{ url: 'https://github.com/a/b', kind: 'code', span: { start: 31, end: 53, text: 'https://github.com/a/b' } },
				{ url: 'https://x.io/p', kind: 'project' },
			],
			huggingFace: { aiSummary: 'AI text', aiKeywords: ['k'] },
			sources: [
				{ file: 'a.txt', format: 'hf-page', line: 1 },
				{ file: 'a.txt', format: 'hf-page', line: 9 },
			],
		});
		// Every span still points into the abstract that won.
		for (const link of merged.links) if (link.span) expect(long.slice(link.span.start, link.span.end)).toBe(link.url);
	});
});
