/**
 * Every internal URL of the site, built in one place so each honours the base path
 * (`BASE_PATH`, e.g. `/paperfold/`) and the trailing-slash rule.
 */

/** Joins a base path and a root-relative path: `joinBase('/repo', '/papers/x/')` → `/repo/papers/x/`. */
export function joinBase(base: string, path: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return root + path.replace(/^\/+/, '');
}

/**
 * Prefixes the base to a root-relative link found in rendered content (e.g. the entity
 * links the generator writes as `/entities/method/icpl/`); leaves external, protocol-relative,
 * fragment and already-based links alone.
 */
export function withBase(href: string, base: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const root = base.endsWith('/') ? base : `${base}/`;
	if (root !== '/' && href.startsWith(root)) return href;
	return joinBase(root, href);
}

const seg = (s: string) => encodeURIComponent(s);

/** `/papers/<slug>/` */
export const paperPath = (id: string) => `/papers/${seg(id)}/`;
/** `/topics/<id>/` */
export const topicPath = (id: string) => `/topics/${seg(id)}/`;
/** `/entities/<type>/` */
export const entityTypePath = (type: string) => `/entities/${seg(type)}/`;
/** `/entities/<type>/<id>/` */
export const entityPath = (type: string, id: string) => `/entities/${seg(type)}/${seg(id)}/`;
/** `/entities/<type>/<id>/claims.csv` */
export const entityCsvPath = (type: string, id: string) => `/entities/${seg(type)}/${seg(id)}/claims.csv`;

/** An absolute URL (for canonical links, feeds and sitemaps) from the site origin and a based path. */
export function absoluteUrl(site: string | URL | undefined, basedPath: string): string {
	if (!site) return basedPath;
	return new URL(basedPath, site).href;
}

/** The fragment id of an acronym on the glossary page: `acronym-RLHF`. */
export const glossaryAnchor = (short: string) => `acronym-${short.replace(/[^A-Za-z0-9]+/g, '-')}`;
