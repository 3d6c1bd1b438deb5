/** A sitemaps.org `urlset` of absolute page URLs, sorted so rebuilds are byte-identical. */
import { escapeXml } from './xml.ts';

export function toSitemap(urls: readonly { loc: string; lastmod?: string | null }[]): string {
	const unique = [...new Map(urls.map((u) => [u.loc, u])).values()].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
	const body = unique.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`);
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...body, '</urlset>', ''].join('\n');
}
