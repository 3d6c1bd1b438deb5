/**
 * `dist/papers.json`: the machine-readable export of the whole collection, unindented: at
 * 10,000 papers indentation alone was 16 MB of the file (any JSON viewer re-indents it). It is
 * published gzipped, as `papers.json.gz`, made from this file after the build
 * (src/integrations/large-export.ts; src/lib/collection-file.ts says why).
 */
import type { APIRoute } from 'astro';
import { collectionJson } from '../data/collection-file.ts';

export const GET: APIRoute = async () => new Response(await collectionJson(), { headers: { 'content-type': 'application/json' } });
