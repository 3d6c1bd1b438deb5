import { describe, expect, it } from 'vitest';
import { rewriteLinks } from './entity-links-html.ts';

const rewrites = new Map<string, string | null>([
	['/paperfold/entities/method/icpl/', null],
	['/paperfold/entities/model/x/', '/paperfold/papers/b/'],
]);

describe('rewriteLinks', () => {
	it('keeps only the text of a link whose new href is null', () => {
		expect(rewriteLinks('<p>We use <a href="/paperfold/entities/method/icpl/">ICPL</a> here.</p>', rewrites)).toBe('<p>We use ICPL here.</p>');
	});
	it('points a link elsewhere, keeping its other attributes and content', () => {
		expect(rewriteLinks('<a href="/paperfold/entities/model/x/" title="X">the <em>X</em></a>', rewrites)).toBe('<a href="/paperfold/papers/b/" title="X">the <em>X</em></a>');
	});
	it('leaves other links, and each link after a rewritten one, as they are', () => {
		const html = '<a href="/paperfold/entities/method/icpl/">ICPL</a> and <a href="/paperfold/entities/algorithm/ppo/">PPO</a> <a href="https://x.org/">x</a>';
		expect(rewriteLinks(html, rewrites)).toBe('ICPL and <a href="/paperfold/entities/algorithm/ppo/">PPO</a> <a href="https://x.org/">x</a>');
	});
	it('does nothing without rewrites', () => {
		const html = '<a href="/paperfold/entities/method/icpl/">ICPL</a>';
		expect(rewriteLinks(html, new Map())).toBe(html);
	});
});
