/** `/feed.xml`: an Atom feed of the papers, newest first. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { toAtomFeed } from '../lib/feed.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { titleText } from '../lib/title-maths.ts';
import { tldrText } from '../shared/tldr-text.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { url } from '../data/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
	const { index } = await loadSiteData();
	const topicTitle = new Map(index.topics.map((t) => [t.topic.id, t.topic.title]));
	const xml = toAtomFeed(
		{ title: SITE_NAME, subtitle: SITE_DESCRIPTION, siteUrl: absoluteUrl(site, url('/')), feedUrl: absoluteUrl(site, url('/feed.xml')), limit: 500 },
		index.papers.map((p) => ({
			id: p.id,
			title: titleText(p.title),
			url: absoluteUrl(site, url(paperPath(p.id))),
			published: p.published,
			summary: p.tldr ? tldrText(p.tldr) : null,
			categories: p.topics.map((t) => topicTitle.get(t.id) ?? t.id),
		})),
	);
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
