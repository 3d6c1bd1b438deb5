import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compactHtml } from './compact-html.ts';

/** The document a parser builds from `html`, written out the same way for any input. */
const parsed = (html: string) => toHtml(fromHtml(html));

/** Markup as Astro and the paper body's renderer write it, and what each case must come out as. */
const CASES: [string, string, string][] = [
	['list items', '<ul class="chips"><li><a href="/topics/x/">X</a></li><li><span>Y</span></li></ul>', '<ul class=chips><li><a href=/topics/x/>X</a><li><span>Y</span></ul>'],
	['a description list', '<dl class="paper-meta"><dt>Authors</dt><dd>3 authors</dd><dt>Read</dt><dd><a href="/a/">A</a></dd></dl>', '<dl class=paper-meta><dt>Authors<dd>3 authors<dt>Read<dd><a href=/a/>A</a></dl>'],
	['a paragraph before a block or its parent’s end', '<section><p>One</p><p>Two</p><ul><li><p>Three</p></li></ul></section>', '<section><p>One<p>Two<ul><li><p>Three</ul></section>'],
	['a paragraph inside a link keeps its end tag', '<div><a href="/x/"><p>One</p></a></div>', '<div><a href=/x/><p>One</p></a></div>'],
	['a paragraph before inline content keeps its end tag', '<div><p>One</p><span>Two</span></div>', '<div><p>One</p><span>Two</span></div>'],
	[
		'a table written with a newline between its tags',
		'<table>\n<thead>\n<tr>\n<th>Number</th>\n<th>About</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>22%</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n</section>',
		'<table><thead><tr><th>Number<th>About<tbody><tr><td>22%<td></table>\n</section>',
	],
	['values that need their quotes keep them', '<a href="https://x.org/?q=a&amp;b=c" title="two words" data-x=\'say "hi"\'>x</a>', '<a href="https://x.org/?q=a&amp;b=c" title="two words" data-x=\'say "hi"\'>x</a>'],
	['empty values as bare names', '<img src="/i.svg" alt="" width="24"><input id="q" hidden="">', '<img src=/i.svg alt width=24><input id=q hidden>'],
	['a self-closing foreign element keeps its slash apart from the value', '<svg viewBox="0 0 2 2"><path d="M1"/><circle r="2" /></svg>', '<svg viewBox="0 0 2 2"><path d=M1 /><circle r=2 /></svg>'],
	['a value ending in a slash before the tag’s end', '<a href="../x/">X</a>', '<a href=../x/>X</a>'],
	['script, style and title contents are left alone', '<title>a</li> "b"</title><script>if(a<b&&c="d")x("</li>")</script><style>a[href="x"]{}</style>', '<title>a</li> "b"</title><script>if(a<b&&c="d")x("</li>")</script><style>a[href="x"]{}</style>'],
	['text that looks like markup is not touched', '<p>a &lt;li> x="y" </li-like</p>', '<p>a &lt;li> x="y" </li-like</p>'],
	['the document’s frame, which keeps its end tags', '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><p>x</p></body></html>', '<!DOCTYPE html><html lang=en><head><meta charset=utf-8></head><body><p>x</body></html>'],
	['a comment is kept', '<div><!-- a="b" --></div>', '<div><!-- a="b" --></div>'],
];

describe('compactHtml', () => {
	it.each(CASES)('writes %s in fewer bytes', (_, html, compact) => {
		expect(compactHtml(html)).toBe(compact);
	});

	it.each(CASES.filter(([name]) => !name.startsWith('a table')))('parses %s to the same document', (_, html) => {
		expect(parsed(compactHtml(html))).toBe(parsed(html));
	});

	it('drops only white space a table does not show', () => {
		const html = '<table>\n<tbody>\n<tr>\n<td> a </td>\n</tr>\n</tbody>\n</table>\n<p>b</p>';
		const table = (doc: string) => parsed(doc).replace(/>\s+</g, '><');
		expect(table(compactHtml(html))).toBe(table(html));
		expect(compactHtml(html)).toContain('<td> a ');
		expect(compactHtml('<table><tr><td> </td><td>\n</td></tr></table>')).toBe('<table><tr><td> <td>\n</table>');
		expect(compactHtml(html)).toContain('</table>\n<p>');
	});

	it('leaves a page with nothing to shorten as it is', () => {
		const html = '<div><a href="https://x.org/?a=b">x</a>\n<span>y</span></div>';
		expect(compactHtml(html)).toBe(html);
	});
});
