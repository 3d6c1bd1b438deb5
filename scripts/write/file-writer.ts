/**
 * New files written on a thread of their own, so that the thread making them (the generator,
 * putting each page together) goes on with the next while the kernel's opens, writes and closes
 * of thousands of small files, and their UTF-8 encoding, run on the other core: at 10,000 papers
 * those took as long as making the pages, on one core, while Astro and the worker pool sat waiting.
 * Each file is created exclusively (`O_EXCL`), as `write-generated.ts` stages it in this thread.
 */
import { Worker } from 'node:worker_threads';

/** Files posted to the thread at once: one message each would cost more than its write. */
const BATCH = 64;

/** What the thread answers at the end: the first failure, if any (it writes nothing after one). */
export type WriterAnswer = { error?: { message: string; code?: string } };

/** A thread writing new files, in the order given. */
export interface FileWriter {
	/** Queues `text` to be written, as UTF-8, to `path`, which must not exist yet. */
	write(path: string, text: string): void;
	/** Resolves once every queued file is written and closed, and the thread has ended; rejects with the first failure. */
	finish(): Promise<void>;
	/** Ends the thread at once, leaving what it had not written (the caller removes the folder). */
	abort(): Promise<void>;
}

/** Starts a writer thread (`file-writer-thread.ts`); it idles until the first batch comes. */
export function startFileWriter(): FileWriter {
	const worker = new Worker(new URL('./file-writer-thread.ts', import.meta.url));
	let batch: [path: string, text: string][] = [];
	const post = () => {
		if (batch.length) worker.postMessage(batch);
		batch = [];
	};
	// Settles with the thread's answer to the end mark, or its failure to start or run.
	const answered = new Promise<WriterAnswer>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the file writer thread ended (code ${code}) before it had written every file`)));
	});
	// Observed here, so a failure is never unhandled before `finish` or `abort` reads it.
	answered.catch(() => {});
	return {
		write(path, text) {
			batch.push([path, text]);
			if (batch.length >= BATCH) post();
		},
		async finish() {
			post();
			worker.postMessage(null);
			try {
				const { error } = await answered;
				if (error) throw Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
			} finally {
				await worker.terminate();
			}
		},
		async abort() {
			await worker.terminate();
		},
	};
}
