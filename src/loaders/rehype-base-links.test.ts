import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from './rehype-base-links.ts';

function run(html: string, base: string): string {
	const tree = fromHtml(html, { fragment: true }) as Root;
	unified().use(rehypeBaseLinks, { base }).runSync(tree);
	return toHtml(tree);
}

describe('rehypeBaseLinks', () => {
	it('rewrites href, src and srcset of HTML elements', () => {
		const html = run('<a href="/entities/model/gpt-4o/">GPT-4o</a><img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x"><a href="https://x.org/">x</a>', '/repo/');
		expect(html).toBe('<a href="/repo/entities/model/gpt-4o/">GPT-4o</a><img src="/repo/img/a.png" srcset="/repo/img/a.png 1x, /repo/img/b.png 2x"><a href="https://x.org/">x</a>');
	});

	it('rewrites string href and src attributes of MDX JSX elements', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'mdxJsxTextElement',
					name: 'a',
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'href', value: '/topics/reward-design/' },
						{ type: 'mdxJsxAttribute', name: 'title', value: '/not-a-url-attribute' },
					],
					children: [],
				},
			],
		} as Root;
		unified().use(rehypeBaseLinks, { base: '/repo/' }).runSync(tree);
		const attributes = (tree.children[0] as unknown as { attributes: { value: string }[] }).attributes;
		expect(attributes.map((a) => a.value)).toEqual(['/repo/topics/reward-design/', '/not-a-url-attribute']);
	});
});
