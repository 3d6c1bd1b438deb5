import { describe, expect, it } from 'vitest';
import { splitAfterSection } from './body-sections.ts';

const h = (slug: string, depth = 2) => ({ depth, slug, text: slug });

describe('splitAfterSection', () => {
	const claims = '<h2 id="claims">Claims</h2><table></table>';
	const abstract = '<h2 id="abstract">Abstract</h2><p>Text.</p>';
	const points = '<h2 id="key-points">Key Points</h2><ul><li>One</li></ul>';

	it('cuts before the heading that follows the section', () => {
		const html = claims + abstract + points;
		expect(splitAfterSection(html, [h('claims'), h('abstract'), h('key-points')], 'abstract')).toEqual([claims + abstract, points]);
	});

	it('cuts before the <section> a part opens with, so each side is whole HTML', () => {
		const wrap = (part: string) => `<section>${part}</section>`;
		const html = wrap(abstract) + '\n' + wrap(points);
		expect(splitAfterSection(html, [h('abstract'), h('key-points')], 'abstract')).toEqual([wrap(abstract) + '\n', wrap(points)]);
	});

	it('keeps everything together when the section is the last', () => {
		const html = claims + abstract;
		expect(splitAfterSection(html, [h('claims'), h('abstract')], 'abstract')).toEqual([html, '']);
	});

	it('skips deeper headings inside the section', () => {
		const html = abstract + '<h3 id="aside">Aside</h3><p>x</p>' + points;
		const [head, tail] = splitAfterSection(html, [h('abstract'), h('aside', 3), h('key-points')], 'abstract');
		expect(tail).toBe(points);
		expect(head).toContain('Aside');
	});

	it('keeps everything together when the section is absent', () => {
		expect(splitAfterSection(points, [h('key-points')], 'abstract')).toEqual([points, '']);
	});
});
