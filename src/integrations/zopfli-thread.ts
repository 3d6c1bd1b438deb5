/**
 * Zopfli's gzip on a thread of its own. Zopfli (WebAssembly) runs synchronously on the thread
 * that calls it; the search bundle's recompression (pagefind-recompress.ts) comes at the end of a
 * build, when the indexing worker still has the bundle to read and keep, so running it here lets
 * that work and the compression share the two cores instead of taking turns on one.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzipAsync } from '@gfx/zopfli';

/** Zopfli's gzip of `content` with `iterations`, computed on a new worker thread that ends with it. */
export function zopfliGzipOnThread(content: Uint8Array, iterations: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		// A path, not `new URL('./…', import.meta.url)`, which Vite would rewrite as an asset.
		const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { zopfliJob: { content, iterations } } });
		let done = false;
		worker.once('message', (message: { gzip?: Uint8Array; error?: string }) => {
			done = true;
			if (message.gzip) resolve(Buffer.from(message.gzip.buffer, message.gzip.byteOffset, message.gzip.byteLength));
			else reject(new Error(`Zopfli failed: ${message.error}`));
		});
		worker.once('error', (error) => {
			done = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!done) reject(new Error(`The Zopfli thread stopped (exit code ${code}) before it finished.`));
		});
	});
}

const job = (workerData as { zopfliJob?: { content: Uint8Array; iterations: number } } | null)?.zopfliJob;
if (!isMainThread && parentPort && job) {
	const port = parentPort;
	gzipAsync(job.content, { numiterations: job.iterations }).then(
		(gzip) => port.postMessage({ gzip }, [gzip.buffer as ArrayBuffer]),
		(error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
	);
}
