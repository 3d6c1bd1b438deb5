import { describe, expect, it } from 'vitest';
import { arxivIdMonth } from './arxiv-date.ts';
import { mergePapers } from './merge.ts';
import { createRawPaper } from './raw-paper.ts';
import type { RawPaper } from './types.ts';

const paper = (fields: Partial<RawPaper> & { title: string; line: number }): RawPaper => {
	const { line, ...rest } = fields;
	return createRawPaper({ abstract: 'An abstract.', ...rest, source: { file: 'a.json', format: 'hf-json', line } });
};

describe('arxivIdMonth', () => {
	it('reads the year and month a new-style id opens with', () => {
		expect(arxivIdMonth('2305.18290')).toBe('2023-05');
		expect(arxivIdMonth('0704.0001')).toBe('2007-04');
		expect(arxivIdMonth('2604.06425')).toBe('2026-04');
	});

	it('reads them after an old-style id archive, across the century', () => {
		expect(arxivIdMonth('hep-th/9901001')).toBe('1999-01');
		expect(arxivIdMonth('math.AG/0601001')).toBe('2006-01');
		expect(arxivIdMonth('cs/0112017')).toBe('2001-12');
	});

	it('finds no month in an id that cannot hold one', () => {
		expect(arxivIdMonth('2313.00001')).toBeNull();
		// The four-digit scheme began in April 2007: "0312.1234" is no arXiv id.
		expect(arxivIdMonth('0312.1234')).toBeNull();
		expect(arxivIdMonth('not-an-id')).toBeNull();
	});
});

describe('a paper no source dates', () => {
	it('takes the month of its arXiv id once its sources are merged', () => {
		const { papers } = mergePapers([paper({ title: 'Neural Computers', arxivId: '2604.06425', line: 1 })]);
		expect(papers[0]!.published).toBe('2026-04');
	});

	it('keeps a date any of its sources gives, later ones included', () => {
		const { papers } = mergePapers([
			paper({ title: 'Direct Preference Optimization', arxivId: '2305.18290', line: 1 }),
			paper({ title: 'Direct Preference Optimization', arxivId: '2305.18290', published: '2024', line: 2 }),
		]);
		expect(papers[0]!.published).toBe('2024');
	});

	it('stays undated without an arXiv id', () => {
		expect(mergePapers([paper({ title: 'GoRL', line: 1 })]).papers[0]!.published).toBeNull();
	});
});
