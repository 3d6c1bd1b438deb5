import { describe, expect, it } from 'vitest';
import { findOrphanNotes } from './notes.ts';

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
