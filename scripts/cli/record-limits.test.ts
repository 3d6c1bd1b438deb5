import { describe, expect, it } from 'vitest';
import { createRawPaper } from '../ingest/raw-paper.ts';
import { MAX_ABSTRACT_CHARS, refuseOversized } from './record-limits.ts';

const paper = (title: string, abstract: string, line = 3) => createRawPaper({ title, abstract, source: { file: 'list.json', format: 'hf-json', line } });

describe('refuseOversized', () => {
	it('keeps abstracts up to the limit, counted in characters', () => {
		const papers = [paper('A', 'x'.repeat(MAX_ABSTRACT_CHARS)), paper('B', '𝛼'.repeat(MAX_ABSTRACT_CHARS))];
		expect(refuseOversized(papers)).toEqual({ papers, diagnostics: [] });
	});

	it('skips a longer abstract with a warning naming the record, its file and line', () => {
		const big = paper('A very long abstract', 'y'.repeat(5_000_000), 17);
		const small = paper('Short', 'fine');
		expect(refuseOversized([big, small])).toEqual({
			papers: [small],
			diagnostics: [
				{
					severity: 'warning',
					file: 'list.json',
					line: 17,
					message: 'the abstract of "A very long abstract" is 5,000,000 characters; paperfold takes at most 20,000, so the record was skipped.',
				},
			],
		});
	});
});
