/** `/sitemap.xml`: every HTML page of the site (paper pages dated by publication). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { ENTITY_TYPES } from '../lib/entity-types.ts';
import { toSitemap } from '../lib/sitemap.ts';
import { absoluteUrl, entityPath, entityTypePath, paperPath, topicPath } from '../shared/urls.ts';
import { hasEntityPage } from '../shared/entity-pages.ts';
import { url } from '../data/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
	const { index } = await loadSiteData();
	const loc = (path: string) => absoluteUrl(site, url(path));
	const urls = [
		...['/', '/papers/', '/topics/', '/entities/', '/glossary/', '/map/', '/timeline/', '/search/'].map((p) => ({ loc: loc(p) })),
		...index.papers.map((p) => ({ loc: loc(paperPath(p.id)), lastmod: p.published })),
		...index.topics.filter((t) => t.papers.length).map((t) => ({ loc: loc(topicPath(t.topic.id)) })),
		...ENTITY_TYPES.map((t) => ({ loc: loc(entityTypePath(t)) })),
		...[...index.entities.values()].filter(hasEntityPage).map((e) => ({ loc: loc(entityPath(e.type, e.id)) })),
	];
	return new Response(toSitemap(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
