import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderPaperBody } from './render-paper-body.ts';

const fixture = readFileSync(new URL('../../scripts/render/fixtures/basic/output.mdx', import.meta.url), 'utf8');
const { content: fixtureBody } = parseFrontmatter(fixture);

describe('renderPaperBody', () => {
	it('renders headings with Astro-style ids and reports them as headings', () => {
		const { html, headings } = renderPaperBody(fixtureBody, { file: 'basic.mdx' });
		expect(html).toContain('<h2 id="abstract">Abstract</h2>');
		expect(headings.map((h) => [h.depth, h.slug])).toEqual([
			[2, 'claims'],
			[2, 'abstract'],
		]);
	});

	it('turns plain JSX elements into the HTML elements they name, attributes kept', () => {
		const { html } = renderPaperBody(fixtureBody, { file: 'basic.mdx' });
		// The fixture's acronyms show their long form, so their <abbr> carries no title.
		expect(html).toContain('<abbr>In-Context Preference Learning (ICPL)</abbr>');
		expect(renderPaperBody('The <abbr title="Large language models">LLMs</abbr> help.\n', { file: 'a.mdx' }).html).toContain('<abbr title="Large language models">LLMs</abbr>');
		expect(html).toContain('<mark class="claim" data-claim="1">4.55%</mark>');
		expect(html).toContain('<span class="role" data-role="Problem"></span>');
	});

	it('renders GFM tables', () => {
		const { html } = renderPaperBody(fixtureBody, { file: 'basic.mdx' });
		expect(html).toMatch(/<table>[\s\S]*<th>Number<\/th>[\s\S]*<td>4\.55%<\/td>/);
	});

	it('puts the base path in front of root-relative links only', () => {
		const { html } = renderPaperBody(fixtureBody, { file: 'basic.mdx', base: '/paperfold/' });
		expect(html).toContain('<a href="/paperfold/entities/method/icpl/">ICPL</a>');
		expect(html).toContain('<a href="https://github.com/example/icpl">');
	});

	it('shows escaped MDX text literally and renders comment-only expressions as nothing', () => {
		const body = 'Cost \\{x} \\<script>alert(1)\\</script> and https:{/**/}//example.org/a.\n';
		const { html } = renderPaperBody(body, { file: 'x.mdx' });
		expect(html).toBe('<p>Cost {x} &#x3C;script>alert(1)&#x3C;/script> and https://example.org/a.</p>');
	});

	it('rejects expressions, naming the file line and column', () => {
		expect(() => renderPaperBody('Hello\n\nworld {1 + 1}\n', { file: 'content/papers/a.mdx', lineOffset: 10 })).toThrow(
			/^content\/papers\/a\.mdx:13:7: the expression \{1 \+ 1\} is not supported/,
		);
	});

	it('rejects import and export statements', () => {
		expect(() => renderPaperBody('import X from "y"\n\n<X />\n', { file: 'a.mdx' })).toThrow(/^a\.mdx:1:1: an `import` statement/);
	});

	it('rejects components and expression attributes', () => {
		expect(() => renderPaperBody('A <Chart data="x" /> here\n', { file: 'a.mdx' })).toThrow(/a\.mdx:1:3: the JSX element <Chart>/);
		expect(() => renderPaperBody('A <abbr title={t}>x</abbr>\n', { file: 'a.mdx' })).toThrow(/expression attribute title=\{…\} on <abbr>/);
		expect(() => renderPaperBody('A <abbr {...p}>x</abbr>\n', { file: 'a.mdx' })).toThrow(/spread attribute on <abbr>/);
	});

	it('reports MDX syntax errors with the file name', () => {
		expect(() => renderPaperBody('A <b>unclosed\n', { file: 'a.mdx' })).toThrow(/^a\.mdx:\d+:\d+: cannot parse the MDX body/);
	});
});
