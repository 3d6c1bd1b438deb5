import type { PhrasingContent, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unsafePrefilter } from './unsafe-prefilter.ts';

const base: Options = { extensions: [mdxToMarkdown(), gfmToMarkdown({ tablePipeAlign: false })], emphasis: '_', resourceLink: true };
const withPrefilter: Options = { ...base, extensions: [...base.extensions!, unsafePrefilter] };

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A small page: a heading, a paragraph with a link, emphasis and a JSX element, a table and a list. */
function page(values: string[]): Root {
	const [a = '', b = '', c = '', d = ''] = values;
	return {
		type: 'root',
		children: [
			{ type: 'heading', depth: 2, children: [text(a)] },
			{
				type: 'paragraph',
				children: [
					text(a),
					{ type: 'link', url: 'https://example.org/x', children: [text(b)] },
					text(c),
					{ type: 'emphasis', children: [text(d)] },
					{ type: 'mdxJsxTextElement', name: 'abbr', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: b }], children: [text(c)] },
					text(d),
				],
			},
			{
				type: 'table',
				align: [null, null],
				children: [
					{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('A')] }, { type: 'tableCell', children: [text('B')] }] },
					{ type: 'tableRow', children: [{ type: 'tableCell', children: [text(b)] }, { type: 'tableCell', children: [text(c)] }] },
				],
			},
			{ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(d)] }] }] },
		],
	};
}

// Characters that markdown, GFM and MDX treat specially, mixed with plain words and line breaks.
const tricky = fc.stringMatching(/^(?:[-*_`~#>+=|<>{}[\]()!&\\:;.$@/ \t\n\r0-9]|a|B|import |export |www\.|https:\/\/)*$/, { maxLength: 40 });

describe('unsafePrefilter', () => {
	it('escapes exactly as mdast-util-to-markdown does without it', () => {
		fc.assert(
			fc.property(fc.array(tricky, { minLength: 4, maxLength: 4 }), (values) => {
				expect(toMarkdown(page(values), withPrefilter)).toBe(toMarkdown(page(values), base));
			}),
			{ numRuns: 400 },
		);
	});

	it('still escapes what needs escaping: a line that would start a list, an MDX expression', () => {
		const out = toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [text('- not a list {x} <b>')] }] }, withPrefilter);
		expect(out).toBe('\\- not a list \\{x} \\<b>\n');
	});

	it('escapes as without it when a pattern is of a character outside ASCII', () => {
		// Patterns of a character outside ASCII are read by another path than the usual ones.
		const extra: Options = { unsafe: [{ character: '§', inConstruct: 'phrasing' }, { character: '→', after: '[ab]' }] };
		const plain: Options = { ...base, extensions: [...base.extensions!, extra] };
		const filtered: Options = { ...plain, extensions: [...plain.extensions!, unsafePrefilter] };
		const odd = fc.stringMatching(/^(?:[-*_<>{}[\]\\ \n]|a|b|§|→|import )*$/, { maxLength: 30 });
		fc.assert(
			fc.property(fc.array(odd, { minLength: 4, maxLength: 4 }), (values) => {
				expect(toMarkdown(page(values), filtered)).toBe(toMarkdown(page(values), plain));
			}),
			{ numRuns: 200 },
		);
		expect(toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [text('§ 2 →a')] }] }, filtered)).toBe('&#xA7; 2 &#x2192;a\n');
	});

	it('escapes as without it where patterns need a line break or a line separator around their character', () => {
		// Patterns like the page renderer's own guards, read by the sets of characters they need.
		const guards: Options = {
			unsafe: [
				{ character: 'i', atBreak: true, after: 'mport[\\t ]' },
				{ character: 'e', before: '[\\u2028\\u2029]', after: 'xport[\\t ]' },
				{ character: 'x', before: '\\n' },
				{ character: 'x', after: '\\r' },
				{ character: 'z', after: '[\\r\\n]', afterNode: 'text' },
			],
		};
		const plain: Options = { ...base, extensions: [...base.extensions!, guards] };
		const filtered: Options = { ...plain, extensions: [...plain.extensions!, unsafePrefilter] };
		const breaks = fc.stringMatching(/^(?:[-*#>{}[\] \t\n\r\u2028\u2029]|a|x|z|import |export )*$/, { maxLength: 30 });
		fc.assert(
			fc.property(fc.array(breaks, { minLength: 4, maxLength: 4 }), (values) => {
				expect(toMarkdown(page(values), filtered)).toBe(toMarkdown(page(values), plain));
			}),
			{ numRuns: 400 },
		);
		expect(toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [text('a\u2028export b')] }] }, filtered)).toBe(
			toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [text('a\u2028export b')] }] }, plain),
		);
	});
});
