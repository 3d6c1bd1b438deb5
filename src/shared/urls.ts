/**
 * Every internal URL of the site, built in one place so each honours the base path
 * (`BASE_PATH`, e.g. `/paperfold/`) and the trailing-slash rule. The generator writes
 * root-relative links (`/entities/method/icpl/`) with these helpers; the site puts the
 * base in front. Pure string functions: the browser bundle may import them too.
 */

/**
 * The base path with exactly one trailing slash, the form every other helper works on.
 *
 * @example baseRoot('/paperfold') // '/paperfold/'
 * @example baseRoot('') // '/'
 */
export function baseRoot(base: string): string {
	return `${base.replace(/\/+$/, '')}/`;
}

/**
 * Joins a base path and a root-relative path.
 *
 * @example joinBase('/repo', '/papers/x/') // '/repo/papers/x/'
 */
export function joinBase(base: string, path: string): string {
	return baseRoot(base) + path.replace(/^\/+/, '');
}

/**
 * Puts the base in front of a root-relative link found in rendered content; leaves
 * external, protocol-relative, relative, fragment and already-based links alone. The base
 * itself, with or without its trailing slash (`/paperfold`, `/paperfold?q`), counts as
 * already based, so applying it twice changes nothing.
 *
 * @example withBase('/entities/method/icpl/', '/paperfold/') // '/paperfold/entities/method/icpl/'
 * @example withBase('/paperfold', '/paperfold/') // '/paperfold'
 */
export function withBase(href: string, base: string): string {
	const root = baseRoot(base);
	if (root === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
	const bare = root.slice(0, -1);
	if (href.startsWith(root) || href === bare || href.startsWith(`${bare}?`) || href.startsWith(`${bare}#`)) return href;
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
export const entityCsvPath = (type: string, id: string) => `${entityPath(type, id)}claims.csv`;

/**
 * The `type/id` key of an entity: unique across types, and the form claims' `about`
 * lists use.
 *
 * @example entityKey('algorithm', 'ppo') // 'algorithm/ppo'
 */
export const entityKey = (type: string, id: string) => `${type}/${id}`;

/** An absolute URL (for canonical links, feeds and sitemaps) from the site origin and a based path. */
export function absoluteUrl(site: string | URL | undefined, basedPath: string): string {
	if (!site) return basedPath;
	return new URL(basedPath, site).href;
}

/**
 * The fragment id of an acronym on the glossary page.
 *
 * @example glossaryAnchor('A/B test') // 'acronym-A-B-test'
 */
export const glossaryAnchor = (short: string) => `acronym-${short.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * `/glossary/`, or an acronym's entry on it.
 *
 * @example glossaryPath('RLHF') // '/glossary/#acronym-RLHF'
 */
export const glossaryPath = (short?: string) => (short === undefined ? '/glossary/' : `/glossary/#${glossaryAnchor(short)}`);
