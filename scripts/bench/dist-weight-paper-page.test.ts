import { describe, expect, it } from 'vitest';
import { paperPageParts } from './dist-weight-paper-page.ts';

const page =
	'<!DOCTYPE html><html><head><meta name="description" content="TL;DR."><script>x</script></head><body><header>h</header>' +
	'<main><div class="paper-layout"><article class="paper"><h1>T</h1><dl class="paper-meta"><dt>Read</dt><dd></dd></dl>' +
	'<section aria-labelledby="tldr"><h2 id="tldr">TL;DR</h2><p>TL;DR.</p></section>' +
	'<div class="prose"><section><h2 id="abstract">Abstract</h2><p>A. <strong>TL;DR.</strong></p></section></div>' +
	'<section aria-labelledby="related"><h2 id="related">Related papers</h2><ul><li><a href="../x/">X</a><p>Shared: y</p></li></ul></section>' +
	'</article></div></main><footer>f</footer></body></html>';

describe('paperPageParts', () => {
	it('cuts a page into parts in page order that add up to the page', () => {
		const parts = paperPageParts(page);
		const order = ['head', 'header and navigation', 'contents (toc)', 'title', 'metadata list', 'TL;DR box', 'entity chips', 'claims table', 'abstract', 'reading key', 'keyphrases', 'HF summary', 'related papers', 'citation', 'notes', 'footer'];
		expect(order.reduce((sum, part) => sum + parts.get(part)!, 0)).toBe(page.length);
		expect(parts.get('contents (toc)')).toBe(0);
		expect(parts.get('head')).toBe(page.indexOf('<body>'));
		expect(parts.get('related papers')).toBe(page.indexOf('</article>') - page.indexOf('<section aria-labelledby="related">'));
	});

	it('counts the parts inside parts apart', () => {
		const parts = paperPageParts(page);
		expect(parts.get('abstract: TL;DR in bold (<strong>…</strong>)')).toBe('<strong>TL;DR.</strong>'.length);
		expect(parts.get('related: "Shared:" lines')).toBe('<p>Shared: y</p>'.length);
		expect(parts.get('head: description meta')).toBe('<meta name="description" content="TL;DR.">'.length);
	});

	it('cuts a page written compacted (unquoted values, end tags left out) into the same parts', () => {
		// `page` as src/lib/compact-html.ts writes it.
		const small =
			'<!DOCTYPE html><html><head><meta name=description content=TL;DR.><script>x</script></head><body><header>h</header>' +
			'<main><div class=paper-layout><article class=paper><h1>T</h1><dl class=paper-meta><dt>Read<dd></dl>' +
			'<section aria-labelledby=tldr><h2 id=tldr>TL;DR</h2><p>TL;DR.</section>' +
			'<div class=prose><section><h2 id=abstract>Abstract</h2><p>A. <strong>TL;DR.</strong></section></div>' +
			'<section aria-labelledby=related><h2 id=related>Related papers</h2><ul><li><a href=../x/>X</a><p>Shared: y</ul></section>' +
			'</article></div></main><footer>f</footer></body></html>';
		const parts = paperPageParts(small);
		expect(parts.get('metadata list')).toBe(small.indexOf('<section aria-labelledby=tldr>') - small.indexOf('<dl class=paper-meta>'));
		expect(parts.get('related papers')).toBe(small.indexOf('</article>') - small.indexOf('<section aria-labelledby=related>'));
		expect(parts.get('related: "Shared:" lines')).toBe('<p>Shared: y'.length);
		expect(parts.get('head: description meta')).toBe('<meta name=description content=TL;DR.>'.length);
	});
});
