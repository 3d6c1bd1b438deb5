/**
 * `dist/papers.json`: the machine-readable export of the whole collection, unindented: at
 * 10,000 papers indentation alone was 16 MB of the file (any JSON viewer re-indents it). It is
 * published gzipped, as `papers.json.gz`, made after the build from the bytes this route hands
 * over, or from this file (src/integrations/large-export.ts; src/lib/collection-file.ts says why):
 * in a build the file is only a stand-in (src/shared/build/export-gzip-ahead.ts).
 */
import type { APIRoute } from 'astro';
import { exportRouteBody } from '../data/collection-file.ts';

export const GET: APIRoute = async () => new Response(await exportRouteBody(), { headers: { 'content-type': 'application/json' } });
