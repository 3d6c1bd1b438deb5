/**
 * A tiny static server for `dist/`, mounted under a base path as GitHub Pages does,
 * bound to 127.0.0.1 on a free port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

export interface StaticServer {
	/** e.g. `http://127.0.0.1:43123/paperfold/` */
	url: string;
	close(): Promise<void>;
}

/** Serves `dist` at `http://127.0.0.1:<port><base>`; other paths get 404 like GitHub Pages. */
export async function serveDist(dist: string, base = '/'): Promise<StaticServer> {
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
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
