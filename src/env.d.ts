/** What one page's render shares with the components it renders (`Astro.locals`). */
declare namespace App {
	interface Locals {
		/**
		 * Entity-page links of the page being rendered that go elsewhere (src/shared/entity-pages.ts):
		 * based href → based href, or `null` where only the link's text is kept. Set by the paper page
		 * for the links of its MDX note (ContentLink.astro).
		 */
		entityLinkRewrites?: ReadonlyMap<string, string | null>;
	}
}
