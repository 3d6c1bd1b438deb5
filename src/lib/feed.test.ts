import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toAtomFeed } from './feed.ts';
import { toSitemap } from './sitemap.ts';
import { escapeXml } from './xml.ts';

const options = { title: 'paperfold', subtitle: 'Papers', siteUrl: 'https://u.github.io/repo/', feedUrl: 'https://u.github.io/repo/feed.xml' };
const entry = (id: string, published: string | null, title = id) => ({
	id,
	title,
	url: `https://u.github.io/repo/papers/${id}/`,
	published,
	summary: `About ${id} <script>alert(1)</script> & more`,
	categories: ['Offline RL & decision transformers'],
});

describe('escapeXml', () => {
	it('escapes markup characters and drops forbidden control characters', () => {
		expect(escapeXml('a < b & "c" \u0007')).toBe('a &lt; b &amp; &quot;c&quot; ');
	});
});

describe('toAtomFeed', () => {
	const xml = toAtomFeed(options, [entry('old', '2021-06-16'), entry('undated', null), entry('new', '2025-11-06', 'Braces {x} & <b>')]);
	const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;

	it('stamps a date without a day or month at the first of its month or year', () => {
		const partial = new XMLParser().parse(toAtomFeed(options, [entry('month', '2021-09'), entry('year', '2020')])).feed;
		expect(partial.entry.map((e: { published: string }) => e.published)).toEqual(['2021-09-01T00:00:00Z', '2020-01-01T00:00:00Z']);
	});
	it('is well-formed XML', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
	});
	it('lists entries newest first, undated last', () => {
		expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
			'https://u.github.io/repo/papers/new/',
			'https://u.github.io/repo/papers/old/',
			'https://u.github.io/repo/papers/undated/',
		]);
	});
	it('keeps titles and summaries as text and dates the feed by its newest paper', () => {
		expect(feed.entry[0].title).toBe('Braces {x} & <b>');
		expect(feed.entry[0].summary).toContain('<script>alert(1)</script>');
		expect(feed.updated).toBe('2025-11-06T00:00:00Z');
	});
});

describe('toAtomFeed with a limit', () => {
	it('keeps only the newest entries', () => {
		const xml = toAtomFeed({ ...options, limit: 1 }, [entry('old', '2021-06-16'), entry('new', '2025-11-06')]);
		expect(xml.match(/<entry>/g)).toHaveLength(1);
		expect(xml).toContain('<id>https://u.github.io/repo/papers/new/</id>');
	});
});

describe('toSitemap', () => {
	it('lists each URL once, sorted, as valid XML', () => {
		const xml = toSitemap([{ loc: 'https://x/b/' }, { loc: 'https://x/a/', lastmod: '2024-01-02' }, { loc: 'https://x/b/' }]);
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml.match(/<loc>[^<]+<\/loc>/g)).toEqual(['<loc>https://x/a/</loc>', '<loc>https://x/b/</loc>']);
		expect(xml).toContain('<lastmod>2024-01-02</lastmod>');
	});
});
