import { describe, expect, it } from 'vitest';
import { buildToc } from './toc.ts';

const headings = [
	{ depth: 2, slug: 'tldr', text: 'TL;DR' },
	{ depth: 2, slug: 'summary', text: 'Summary' },
	{ depth: 3, slug: 'problem', text: 'Problem' },
	{ depth: 4, slug: 'deep', text: 'Too deep' },
	{ depth: 2, slug: 'abstract', text: 'Abstract' },
];

describe('buildToc', () => {
	it('lists level-2 and level-3 headings, then the page sections', () => {
		expect(buildToc(headings, [{ slug: 'related', text: 'Related papers' }, { slug: 'cite', text: 'Cite' }])?.map((i) => `${i.depth}:${i.slug}`)).toEqual([
			'2:tldr',
			'2:summary',
			'3:problem',
			'2:abstract',
			'2:related',
			'2:cite',
		]);
	});
	it('gives null for a short page', () => {
		expect(buildToc(headings, [{ slug: 'cite', text: 'Cite' }])).toBeNull();
	});
});
