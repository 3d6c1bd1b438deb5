import { describe, expect, it } from 'vitest';
import { describePaper, mapPaperBatch, mapPapers } from './paper-stage.ts';

describe('describePaper', () => {
	it('names the paper by as much of id, title and first source as it has', () => {
		expect(describePaper({ id: 'dreamer', title: 'Dreamer', sources: [{ file: 'a.txt', line: 3 }, { file: 'b.bib', line: 9 }] })).toBe('paper "dreamer" ("Dreamer", a.txt:3)');
		expect(describePaper({ title: 'Say "hi"', sources: [{ file: 'feed.xml', line: 12 }] })).toBe('paper ("Say \\"hi\\"", feed.xml:12)');
		expect(describePaper({ id: 'broken' })).toBe('paper "broken"');
	});
});

describe('mapPapers', () => {
	const papers = [
		{ title: 'Fine', sources: [{ file: 'list.txt', line: 1 }] },
		{ title: 'Bad', sources: [{ file: 'list.txt', line: 5 }] },
	];

	it('maps every paper in order', () => {
		expect(mapPapers('measuring', papers, (paper) => paper.title.length)).toEqual([4, 3]);
	});

	it('throws naming the stage and the paper, with the original error as its cause', () => {
		const original = new TypeError('no abstract');
		const run = () =>
			mapPapers('annotation', papers, (paper) => {
				if (paper.title === 'Bad') throw original;
				return paper.title;
			});
		expect(run).toThrow('annotation failed for paper ("Bad", list.txt:5): no abstract');
		try {
			run();
		} catch (error) {
			expect((error as Error).cause).toBe(original);
		}
	});
});

describe('mapPaperBatch', () => {
	const papers = [
		{ title: 'Fine', sources: [{ file: 'list.txt', line: 1 }] },
		{ title: 'Bad', sources: [{ file: 'list.txt', line: 5 }] },
	];
	const stage = (paper: { title: string }) => {
		if (paper.title === 'Bad') throw new TypeError('no abstract');
		return paper.title.length;
	};

	it('gives what the whole batch gave', () => {
		expect(mapPaperBatch('measuring', papers.slice(0, 1), (all) => all.map((paper) => paper.title.length), stage)).toEqual([4]);
	});

	it('where the batch throws, names the paper the stage fails for one by one', () => {
		expect(() => mapPaperBatch('annotation', papers, (all) => all.map(stage), stage)).toThrow('annotation failed for paper ("Bad", list.txt:5): no abstract');
	});
});
