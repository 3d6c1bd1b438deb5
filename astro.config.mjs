// @ts-check
import { defineConfig, logHandlers } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { buildSummary } from './src/integrations/build-summary.ts';
import { katexAssets } from './src/integrations/katex-assets.ts';
import { largeExport } from './src/integrations/large-export.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { publishedPages } from './src/integrations/published-pages.ts';
import { siteUrlRoutes } from './src/integrations/site-url-routes.ts';
import { ASTRO_CACHE_DIR } from './src/shared/build/incremental-cache.ts';

/**
 * `SITE_URL` and `BASE_PATH` make the same build work at https://USER.github.io/REPO/:
 * `SITE_URL=https://USER.github.io BASE_PATH=/REPO/ npm run build`. Without `SITE_URL` the
 * site has no host: links stay relative, and what needs an absolute URL (canonical link,
 * og:url, feed, sitemap) is left out rather than pointed at a made-up host.
 */
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

/** Astro's log level: `npm run build` sets `PAPERFOLD_ASTRO_LOG=warn`; `astro dev` keeps `info`. */
const LOG_LEVELS = /** @type {const} */ (['debug', 'info', 'warn', 'error', 'silent']);
const logLevel = LOG_LEVELS.find((level) => level === (process.env.PAPERFOLD_ASTRO_LOG || 'info'));
if (!logLevel) throw new Error(`PAPERFOLD_ASTRO_LOG=${process.env.PAPERFOLD_ASTRO_LOG}: expected one of ${LOG_LEVELS.join(', ')}`);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Astro keeps its content store in `cacheDir` (default node_modules/.astro). Test and
	// bench copies symlink node_modules, so concurrent builds overwrote each other's store
	// and built the wrong papers; a project-local cache keeps every copy's build its own.
	// Beside the generator's cache, so one folder holds every cache a rebuild reuses (CI
	// restores it whole) and it outlives the build folder swapped into `dist/`.
	cacheDir: `./${ASTRO_CACHE_DIR}`,
	// Pages whose `cacheKey` (src/data/page-cache-key.ts) and template code are unchanged are
	// copied from the previous build instead of rendered again.
	experimental: { incrementalBuild: true },
	markdown: {
		// Astro 7's default processor ignores remark plugins; GFM tables in paper pages
		// need the unified processor. SmartyPants is off: titles and abstracts must come
		// out verbatim ("--" must not become an en dash).
		processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
	},
	// At `warn` (npm run build), warnings and errors still show, the route-by-route listing
	// does not, and `buildSummary` says what was built in one line.
	logger: logHandlers.node({ level: logLevel }),
	// `publishedPages` comes before the others that finish the build: it links the pages taken
	// from the published site while Pagefind's worker may still be indexing.
	// `--out` of `npm run build` reaches the site as PAPERFOLD_PAPERS_DIR (src/content.config.ts);
	// the search sorts are read from the same pages.
	integrations: [mdx(), publishedPages(), katexAssets(), largeExport(), pagefind({ papers: process.env.PAPERFOLD_PAPERS_DIR }), siteUrlRoutes(), buildSummary()],
});
