import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeSections } from './rehype-sections.ts';

function run(html: string): string {
	const tree = fromHtml(html, { fragment: true }) as Root;
	unified().use(rehypeSections).runSync(tree);
	return toHtml(tree);
}

describe('rehypeSections', () => {
	it('wraps each h2 with what follows it, up to the next h2, in a section with no attribute', () => {
		const html = run('<h2 id="tldr">TL;DR</h2><p>a</p><h2 id="abstract">Abstract</h2><p>b</p><ul><li>c</li></ul>');
		expect(html).toBe('<section><h2 id="tldr">TL;DR</h2><p>a</p></section>' + '<section><h2 id="abstract">Abstract</h2><p>b</p><ul><li>c</li></ul></section>');
	});

	it('keeps h3 subsections inside their h2 section', () => {
		const html = run('<h2 id="summary">Summary</h2><h3 id="problem">Problem</h3><p>x</p><h3 id="approach">Approach</h3><p>y</p>');
		expect(html).toBe('<section><h2 id="summary">Summary</h2><h3 id="problem">Problem</h3><p>x</p><h3 id="approach">Approach</h3><p>y</p></section>');
	});

	it('leaves content before the first h2, and a body without h2, as it is', () => {
		expect(run('<p>lead</p><h2 id="abstract">Abstract</h2><p>b</p>')).toBe('<p>lead</p><section><h2 id="abstract">Abstract</h2><p>b</p></section>');
		expect(run('<p>only</p><h3 id="x">X</h3>')).toBe('<p>only</p><h3 id="x">X</h3>');
	});
});
