/** The claims table of one entity page as CSV: paper, paper URL, claim, number, what it measures (empty when the sentence names nothing). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../../../data/collection.ts';
import { withCacheKey } from '../../../../data/page-cache-key.ts';
import { toCsv } from '../../../../lib/csv.ts';
import { absoluteUrl, paperPath } from '../../../../shared/urls.ts';
import { hasEntityPage } from '../../../../shared/entity-pages.ts';
import { url } from '../../../../data/site-url.ts';

export async function getStaticPaths() {
	const { index, cacheKey, toRender } = await loadSiteData();
	const paths = [...index.entities.values()]
		// Beside its entity page only: one a single paper names has none (its claims are on that paper's page).
		.filter((entity) => entity.claims.length && hasEntityPage(entity))
		.map((entity) => withCacheKey(cacheKey, { params: { type: entity.type, id: entity.id }, props: { entity } }));
	return toRender('src/pages/entities/[type]/[id]/claims.csv.ts', paths);
}

export const GET: APIRoute = ({ props, site }) => {
	const { entity } = props as { entity: import('../../../../lib/collection-index.ts').EntityEntry };
	const rows = entity.claims.map(({ paper, claim }) => [paper.title, absoluteUrl(site, url(paperPath(paper.id))), claim.sentence.text, claim.value.text, claim.measure?.text ?? '']);
	return new Response(toCsv(['paper', 'url', 'claim', 'number', 'measure'], rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
