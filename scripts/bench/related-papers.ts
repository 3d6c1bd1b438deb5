/**
 * Measures related-paper search at scale: `node scripts/bench/related-papers.ts [n …]`
 * (default 2500 5000 10000). Synthetic abstracts are made by shuffling sentences of the
 * seed's abstracts with a seeded generator and sprinkling in made-up method names, so the
 * vocabulary grows with n like a real listing's would. Prints time and heap per size, for
 * related papers and for deriving topics for the whole set (the no-taxonomy worst case).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/shared/random.ts';
import { parseHfPapersPage } from '../ingest/hf-page.ts';
import { deriveTopics } from '../annotate/collection/derived-topics.ts';
import { findRelatedPapers, type RelatedInput } from '../annotate/collection/related.ts';

const seedFile = fileURLToPath(new URL('../../content/sources/hf-papers-few-shot-rl.txt', import.meta.url));
const seed = parseHfPapersPage(readFileSync(seedFile, 'utf8'), seedFile).papers;
const sentences = seed.flatMap((p) => p.abstract.split(/(?<=\.)\s+/));
const titles = seed.map((p) => p.title);

function syntheticPapers(n: number): RelatedInput[] {
	// Seeded, so every run benchmarks the same corpus.
	const random = mulberry32(42);
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
	return Array.from({ length: n }, (_, i) => {
		const name = `Method${Math.floor(random() * n)}`;
		const body = Array.from({ length: 6 + Math.floor(random() * 5) }, () => pick(sentences));
		body.splice(2, 0, `We propose ${name}, evaluated on Bench${Math.floor(random() * 500)}.`);
		return { id: `p${i}`, title: `${pick(titles)} (${name})`, abstract: body.join(' ') };
	});
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const n of sizes.length > 0 ? sizes : [2500, 5000, 10000]) {
	const papers = syntheticPapers(n);
	globalThis.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = performance.now();
	const related = findRelatedPapers(papers);
	const seconds = (performance.now() - started) / 1000;
	const heapAfter = process.memoryUsage().heapUsed;
	const withFive = related.filter((list) => list.length === 5).length;
	console.log(
		`n=${n}\t${seconds.toFixed(2)} s\t${((seconds * 1e6) / n).toFixed(0)} µs/paper\t` +
			`heap +${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MiB\trss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB\t` +
			`${withFive}/${n} with 5 related`,
	);
	const deriveStarted = performance.now();
	const derived = deriveTopics(papers);
	const deriveSeconds = (performance.now() - deriveStarted) / 1000;
	const covered = derived.assignments.filter((list) => list.length > 0).length;
	console.log(`n=${n}\tderived topics ${deriveSeconds.toFixed(2)} s\t${derived.topics.length} topics\t${covered}/${n} papers with a topic`);
}
