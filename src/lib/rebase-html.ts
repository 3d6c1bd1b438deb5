/**
 * Puts the base path in front of root-relative `href`/`src` attributes of rendered HTML.
 * Markdown notes (`.md`) cannot take an `a` component override the way MDX does, so their
 * rendered HTML is rebased instead. The Markdown pipeline always writes double-quoted attributes.
 */
import { withBase } from '../shared/urls.ts';

export function rebaseHtmlLinks(html: string, base: string): string {
	return html.replace(/(<[a-z][^>]*?\s(?:href|src)=")(\/[^"]*)"/gi, (_, head: string, path: string) => `${head}${withBase(path, base)}"`);
}
