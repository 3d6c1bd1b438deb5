import { describe, expect, it } from 'vitest';
import { markIgnoredSections } from './search-page-html.ts';

describe('markIgnoredSections', () => {
	it('keeps every body section but the Abstract out of the index', () => {
		const body = '<section><h2 id="claims">Claims</h2><table></table></section><section><h2 id="abstract">Abstract</h2><p>We jump.</p></section>';
		expect(markIgnoredSections(body)).toBe(
			'<section data-pagefind-ignore=""><h2 id="claims">Claims</h2><table></table></section><section><h2 id="abstract">Abstract</h2><p>We jump.</p></section>',
		);
	});

	it('keeps out a section whose heading has no id, and leaves other markup as it is', () => {
		expect(markIgnoredSections('<p>lead</p><section><h2>Untitled</h2><p>x</p></section>')).toBe('<p>lead</p><section data-pagefind-ignore=""><h2>Untitled</h2><p>x</p></section>');
		expect(markIgnoredSections('<section><h3 id="x">X</h3></section>')).toBe('<section><h3 id="x">X</h3></section>');
	});
});
