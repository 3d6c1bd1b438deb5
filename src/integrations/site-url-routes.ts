/**
 * `/feed.xml` and `/sitemap.xml` need absolute URLs: both are built only when the site
 * has one (`SITE_URL`). Without it the build leaves them out rather than invent a host.
 */
import type { AstroIntegration } from 'astro';

/** Adds the feed and sitemap routes when `site` is configured. */
export function siteUrlRoutes(): AstroIntegration {
	return {
		name: 'paperfold:site-url-routes',
		hooks: {
			'astro:config:setup': ({ config, injectRoute }) => {
				if (!config.site) return;
				injectRoute({ pattern: '/feed.xml', entrypoint: new URL('../routes/feed.xml.ts', import.meta.url) });
				injectRoute({ pattern: '/sitemap.xml', entrypoint: new URL('../routes/sitemap.xml.ts', import.meta.url) });
			},
		},
	};
}
