import { describe, expect, it } from 'vitest';
import type { Paper } from '../shared/paper-schema.ts';
import { markIgnoredSections, searchPageHtml } from './search-page-html.ts';

describe('markIgnoredSections', () => {
	it('keeps the Claims out of the index, and the Abstract and the parts joined to it in', () => {
		const body =
			'<section><h2 id="claims">Claims</h2><table></table></section><section><h2 id="abstract">Abstract</h2><p>We jump.</p></section><section><h2 id="key-points">Key Points</h2><ul><li>Jumps are high</li></ul></section>';
		expect(markIgnoredSections(body)).toBe(
			'<section data-pagefind-ignore=""><h2 id="claims">Claims</h2><table></table></section><section><h2 id="abstract">Abstract</h2><p>We jump.</p></section><section><h2 id="key-points">Key Points</h2><ul><li>Jumps are high</li></ul></section>',
		);
	});

	it('keeps out a section whose heading has no id, and leaves other markup as it is', () => {
		expect(markIgnoredSections('<p>lead</p><section><h2>Untitled</h2><p>x</p></section>')).toBe('<p>lead</p><section data-pagefind-ignore=""><h2>Untitled</h2><p>x</p></section>');
		expect(markIgnoredSections('<section><h3 id="x">X</h3></section>')).toBe('<section><h3 id="x">X</h3></section>');
	});
});

describe('searchPageHtml', () => {
	const parts = { topicTitles: new Map(), entityNames: new Map(), bodyHtml: '<p>Body.</p>', noteHtml: null };
	const paper = (fields: Partial<Paper>) =>
		({ id: 'p', title: 'A paper', abstract: 'We jump.', published: null, topics: [], entities: [], links: [], ...fields }) as unknown as Paper;
	const metaFields = (html: string) => [...html.matchAll(/data-pagefind-meta="([^":[]+)/g)].map((m) => m[1]);

	it('declares the same meta fields in the same order whatever the paper has, so a rebuild can patch the index with it', () => {
		const bare = metaFields(searchPageHtml(paper({}), parts));
		const full = metaFields(
			searchPageHtml(
				paper({
					published: '2024-05-01',
					entities: [
						{ id: 'x', name: 'X', type: 'method', role: 'introduced', spans: [] },
						{ id: 'y', name: 'Y', type: 'dataset', role: 'used', spans: [] },
					] as Paper['entities'],
				}),
				parts,
			),
		);
		expect(full).toEqual(['title', 'date', 'introduces', 'entities']);
		expect(bare).toEqual(full);
	});
});
