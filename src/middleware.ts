/**
 * Every page Astro renders is written compacted (src/lib/compact-html.ts): the same document
 * in fewer bytes, so the templates keep their plain markup and `dist/` does not carry it.
 */
import { defineMiddleware } from 'astro:middleware';
import { compactHtml } from './lib/compact-html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(compactHtml(await response.text()), response);
});
