/**
 * `SITE_URL` and `BASE_PATH`, checked before anything is built: a mistake in either used
 * to surface as an Astro stack trace after the old site was gone, or not at all.
 */

/** What the site build is given: an origin and a base path ending in `/`, plus notes for the log. */
export interface SiteEnv {
	/** `https://host[:port]`, or undefined when `SITE_URL` is unset (Astro's config default). */
	siteUrl: string | undefined;
	/** `/` or `/REPO/`. */
	basePath: string;
	/** What was changed or dropped, said once in the build log. */
	notes: string[];
}

/**
 * Validates and normalises the two variables; throws a `TypeError` naming the variable.
 * A path in `SITE_URL` becomes the base path when `BASE_PATH` is unset; with both, the
 * path of `SITE_URL` is dropped and the log says so.
 *
 * @example checkSiteEnv({ SITE_URL: 'https://me.github.io/notes' })
 * // { siteUrl: 'https://me.github.io', basePath: '/notes/', notes: ['SITE_URL has the path /notes/; it is used as the base path (BASE_PATH is unset).'] }
 */
export function checkSiteEnv(env: { SITE_URL?: string; BASE_PATH?: string }): SiteEnv {
	const notes: string[] = [];
	const given = env.BASE_PATH?.trim() || undefined;
	let basePath = given === undefined ? '/' : checkBasePath(given);
	if (!env.SITE_URL?.trim()) return { siteUrl: undefined, basePath, notes };

	let url: URL;
	try {
		url = new URL(env.SITE_URL.trim());
	} catch {
		throw new TypeError(`SITE_URL=${env.SITE_URL}: not a URL; expected an absolute http(s) URL such as https://USER.github.io`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new TypeError(`SITE_URL=${env.SITE_URL}: expected an http or https URL, not ${url.protocol}`);
	}
	if (url.username || url.password || url.search || url.hash) {
		throw new TypeError(`SITE_URL=${env.SITE_URL}: must not hold a user name, password, query or fragment`);
	}
	const path = url.pathname.replace(/\/?$/, '/');
	if (path !== '/') {
		if (given === undefined) {
			basePath = checkBasePath(path);
			notes.push(`SITE_URL has the path ${path}; it is used as the base path (BASE_PATH is unset).`);
		} else if (path !== basePath) {
			notes.push(`SITE_URL has the path ${path}, which is dropped: BASE_PATH=${given} is the base path.`);
		}
	}
	return { siteUrl: url.origin, basePath, notes };
}

/** A base path is a URL path: `/`, `/REPO/`; the trailing slash is added when missing. */
function checkBasePath(value: string): string {
	const problem = /^[a-z][a-z\d+.-]*:/i.test(value)
		? 'is a URL; give only its path (the host goes in SITE_URL)'
		: !value.startsWith('/') || value.startsWith('//')
			? 'must start with a single "/"'
			: /[?#\\\s]/.test(value)
				? 'must not hold "?", "#", "\\" or spaces'
				: value.split('/').some((segment) => segment === '.' || segment === '..')
					? 'must not hold "." or ".." segments'
					: null;
	if (problem) throw new TypeError(`BASE_PATH=${value}: ${problem}; expected a path such as /REPO/`);
	return value.endsWith('/') ? value : `${value}/`;
}
