/**
 * The site's base path from Astro's own config (`astro:config/client`), and the URL helper
 * every page uses. Not `import.meta.env.BASE_URL`: Astro lets a `BASE_URL` variable in the
 * environment (vitest sets one, so can a CI) override it, which silently broke every link.
 */
import { base } from 'astro:config/client';
import { baseRoot, joinBase, withBase } from '../shared/urls.ts';

/** The base path, always ending in `/`. */
export const basePath = baseRoot(base);

/** A root-relative site path (`/papers/x/`) under the configured base. */
export const url = (path = '/'): string => joinBase(basePath, path);

/** A root-relative link from rendered content, under the base; other links unchanged. */
export const siteHref = (href: string): string => withBase(href, basePath);
