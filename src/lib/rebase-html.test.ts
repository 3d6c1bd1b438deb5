import { describe, expect, it } from 'vitest';
import { rebaseHtmlLinks } from './rebase-html.ts';

describe('rebaseHtmlLinks', () => {
	it('prefixes root-relative links and images', () => {
		expect(rebaseHtmlLinks('<p><a href="/papers/x/">x</a> <img src="/a.png" alt=""></p>', '/paperfold/')).toBe(
			'<p><a href="/paperfold/papers/x/">x</a> <img src="/paperfold/a.png" alt=""></p>',
		);
	});
	it('leaves external, protocol-relative, fragment and text occurrences alone', () => {
		const html = '<a href="https://x.org/">a</a><a href="//cdn/x">b</a><a href="#n">c</a><code>href="/not-a-link"</code>';
		expect(rebaseHtmlLinks(html, '/paperfold/')).toBe(html);
	});
	it('does nothing at the root base', () => {
		expect(rebaseHtmlLinks('<a href="/topics/">t</a>', '/')).toBe('<a href="/topics/">t</a>');
	});
});
