/**
 * The thread of `file-writer.ts`: writes each batch of `[path, text]` it is sent as new files,
 * exactly as `write-generated.ts` stages a file (created exclusively, mode 0644, written whole,
 * closed), and answers the end mark (`null`) with the first failure, if any.
 */
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { WriterAnswer } from './file-writer.ts';

let failure: WriterAnswer['error'];

parentPort!.on('message', (batch: [string, string][] | null) => {
	if (batch === null) {
		parentPort!.postMessage({ error: failure } satisfies WriterAnswer);
		return;
	}
	// After a failure nothing more is written: the folder is thrown away.
	for (let i = 0; i < batch.length && !failure; i++) {
		const [path, text] = batch[i]!;
		try {
			writeNew(path, Buffer.from(text, 'utf8'));
		} catch (error) {
			failure = { message: (error as Error).message, code: (error as NodeJS.ErrnoException).code };
		}
	}
});

function writeNew(path: string, bytes: Uint8Array): void {
	const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
	try {
		for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at);
	} finally {
		closeSync(fd);
	}
}
