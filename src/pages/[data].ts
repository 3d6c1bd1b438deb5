/**
 * The machine-readable export of the whole collection, unindented (at 10,000 papers
 * indentation alone was 16 MB of the file; any JSON viewer re-indents it): `papers.json`, or
 * `papers.json.gz` for a collection too large to publish plain (src/lib/collection-file.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCollectionFile } from '../data/collection-file.ts';

export const getStaticPaths = (async () => [{ params: { data: (await loadCollectionFile()).name } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const file = await loadCollectionFile();
	const type = file.name.endsWith('.gz') ? 'application/gzip' : 'application/json';
	return new Response(file.body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } });
};
