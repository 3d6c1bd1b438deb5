/**
 * An Atom 1.0 feed of papers, newest first. Entry dates are the papers' publication dates;
 * the feed's `updated` is the newest of them, so a rebuild of the same papers is byte-identical.
 */
import { escapeXml } from './xml.ts';

export interface FeedEntry {
	id: string;
	title: string;
	/** Absolute URL of the paper page. */
	url: string;
	published: string | null;
	/** Null for a paper listed without an abstract: its entry has no summary. */
	summary: string | null;
	categories: string[];
}

export interface FeedOptions {
	title: string;
	subtitle: string;
	/** Absolute URL of the home page. */
	siteUrl: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	/** Keep only this many newest entries (a 10,000-paper feed would be megabytes). */
	limit?: number;
}

// Atom wants a whole timestamp: a date without a day or month stands at the first of its period.
const stamp = (iso: string | null) => {
	const [year, month = '01', day = '01'] = (iso ?? '1970').split('-');
	return `${year}-${month}-${day}T00:00:00Z`;
};

/** The feed document; entries are sorted newest first (undated last) whatever their input order. */
export function toAtomFeed(options: FeedOptions, entries: readonly FeedEntry[]): string {
	const sorted = [...entries]
		.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title, 'en'))
		.slice(0, options.limit ?? entries.length);
	const updated = stamp(sorted.find((e) => e.published)?.published ?? null);
	const items = sorted.map((e) =>
		[
			'  <entry>',
			`    <id>${escapeXml(e.url)}</id>`,
			`    <title>${escapeXml(e.title)}</title>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
			`    <published>${stamp(e.published)}</published>`,
			`    <updated>${stamp(e.published)}</updated>`,
			...e.categories.map((c) => `    <category term="${escapeXml(c)}"/>`),
			...(e.summary === null ? [] : [`    <summary>${escapeXml(e.summary)}</summary>`]),
			'  </entry>',
		].join('\n'),
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(options.siteUrl)}</id>`,
		`  <title>${escapeXml(options.title)}</title>`,
		`  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(options.siteUrl)}"/>`,
		`  <updated>${updated}</updated>`,
		`  <author><name>${escapeXml(options.title)}</name></author>`,
		`  <generator>paperfold</generator>`,
		...items,
		'</feed>',
		'',
	].join('\n');
}
