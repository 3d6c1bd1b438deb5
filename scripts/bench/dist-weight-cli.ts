/**
 * `node scripts/bench/dist-weight-cli.ts DIST --papers N`: `dist/` bytes by kind, per paper, of a
 * site already built (the table `npm run bench` prints, without building anything), so a change
 * to the pages can be weighed on one build, or on a build made with `BASE_PATH` or `SITE_URL`;
 * then the page budget (the heaviest paper page over gzip, as `run.ts` reports it; base `/` only).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { measurePageWeight } from './dist-page-weight.ts';
import { distWeight } from './dist-weight.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { papers: { type: 'string' } } });
const dist = positionals[0];
const papers = Number(values.papers);
if (!dist || !(papers > 0)) {
	process.stderr.write('Usage: node scripts/bench/dist-weight-cli.ts DIST --papers N\n');
	process.exit(2);
}

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => {
		const file = join(entry.parentPath, entry.name);
		return { path: relative(dist, file).split(sep).join('/'), bytes: statSync(file).size };
	});
const weight = distWeight(files, papers);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
process.stdout.write(`dist/ per paper: ${kB(weight.bytesPerPaper)} (${(weight.totalBytes / 1e6).toFixed(1)} MB, ${papers} papers)\n`);
for (const kind of weight.byKind) process.stdout.write(`${kind.kind.padEnd(20)} ${kB(kind.bytesPerPaper).padStart(9)}  ${kind.bytes} bytes\n`);
const budget = measurePageWeight(dist);
if (budget) process.stdout.write(`heaviest paper page: ${kB(budget.gzipBytes)} gzip with its CSS and JS (${budget.page}); inline script ${budget.inlineScriptBytes} bytes at most\n`);
