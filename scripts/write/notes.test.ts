import { describe, expect, it } from 'vitest';
import { checkNoteOwners, findOrphanNotes } from './notes.ts';

describe('findOrphanNotes', () => {
	it('reports .md and .mdx notes whose paper id is not generated any more, sorted', () => {
		const notes = ['ramario.md', 'removed-paper.mdx', 'icpl.mdx', 'another-gone.md'];
		expect(findOrphanNotes(notes, ['ramario', 'icpl', 'lamo'])).toEqual(['another-gone.md', 'removed-paper.mdx']);
	});

	it('reports nothing when every note has its paper', () => {
		expect(findOrphanNotes(['a.md', 'b.mdx'], ['b', 'a', 'c'])).toEqual([]);
	});

	it('ignores files that are not notes', () => {
		expect(findOrphanNotes(['.gitkeep', 'image.png', 'draft.txt', '.hidden.md'], [])).toEqual([]);
	});

	it('matches the whole id, not a prefix or a case variant', () => {
		expect(findOrphanNotes(['ramario-2.md', 'RAMario.md'], ['ramario'])).toEqual(['RAMario.md', 'ramario-2.md']);
	});
});

describe('checkNoteOwners', () => {
	const papers = new Map([
		['scaling-laws', 'arxiv:2203.15556'],
		['other', 'arxiv:2401.00001'],
	]);

	it('records the paper each note is first shown on', () => {
		const { record, moved } = checkNoteOwners(['scaling-laws.md', '.gitkeep', 'gone.md'], papers, null);
		expect(record).toEqual({ owners: { 'scaling-laws': 'arxiv:2203.15556' }, withheld: [] });
		expect(moved).toEqual([]);
	});

	it('withholds and reports a note whose slug now belongs to another paper, and keeps its owner', () => {
		const previous = { owners: { 'scaling-laws': 'arxiv:2001.08361', gone: 'doi:10.1/x' }, withheld: [] };
		const { record, moved } = checkNoteOwners(['scaling-laws.md', 'other.mdx'], papers, previous);
		expect(moved).toEqual([{ file: 'scaling-laws.md', writtenFor: 'arxiv:2001.08361', nowOwnedBy: 'arxiv:2203.15556' }]);
		expect(record).toEqual({
			owners: { gone: 'doi:10.1/x', other: 'arxiv:2401.00001', 'scaling-laws': 'arxiv:2001.08361' },
			withheld: ['scaling-laws'],
		});
	});

	it('shows the note again once its own paper has the slug back', () => {
		const previous = { owners: { 'scaling-laws': 'arxiv:2203.15556' }, withheld: ['scaling-laws'] };
		expect(checkNoteOwners(['scaling-laws.md'], papers, previous).record.withheld).toEqual([]);
	});
});
