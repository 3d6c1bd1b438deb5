/**
 * Preloaded into every process of a build (`NODE_OPTIONS=--import …`, `pageReadsEnv`): counts the
 * `.mdx` files read through `fs/promises`' `readFile` — the paper loader's reads; the generator
 * reads its pages synchronously — and prints `page reads: N` on stderr as the process exits.
 */
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

let reads = 0;
const readFile = fs.readFile;
fs.readFile = (path, ...rest) => {
	if (String(path).endsWith('.mdx')) reads++;
	return readFile(path, ...rest);
};
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write(`page reads: ${reads}\n`));
