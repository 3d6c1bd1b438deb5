/**
 * A tiny static server for `dist/`, mounted under a base path as GitHub Pages does,
 * bound to 127.0.0.1 on a free port: the browser tests read the site through it, and the
 * benchmark measures what a reader downloads from it with gzip on.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file extension, as a static host sends them. */
export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
};

/** Types a static host compresses; Pagefind's own index files are already gzip inside. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.wasm']);

export interface StaticServer {
	/** e.g. `http://127.0.0.1:43123/paperfold/` */
	url: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Gzip compressible types for clients that accept it, as a typical static host does. */
	compress?: boolean;
	/** Sends `cache-control: max-age=…` when set, so a browser may reuse what it fetched. */
	maxAgeSeconds?: number;
}

/** Serves `dist` at `http://127.0.0.1:<port><base>`; other paths get 404 like GitHub Pages. */
export async function serveDist(dist: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
	const gzipped = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file: string | null = null;
		if (path.startsWith(base)) {
			const candidate = normalize(join(dist, path.slice(base.length)));
			if (candidate.startsWith(normalize(dist))) {
				file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
			}
		}
		if (!file || !existsSync(file)) {
			const notFound = join(dist, '404.html');
			res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
			res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
			return;
		}
		const ext = extname(file);
		const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream' };
		if (options.maxAgeSeconds !== undefined) headers['cache-control'] = `max-age=${options.maxAgeSeconds}`;
		let body: Buffer = readFileSync(file);
		if (options.compress && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
			body = gzipped.get(file) ?? gzipSync(body);
			gzipped.set(file, body);
			headers['content-encoding'] = 'gzip';
		}
		// A length, as static hosts send: the benchmark reads it for a response whose body
		// Chromium does not count (a web worker's script).
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(body);
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
