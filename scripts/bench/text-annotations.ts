/**
 * Benchmark of the text-annotation stage: annotates N abstracts recombined from the
 * seed listing (sentences of different papers mixed, so no two are equal) and
 * prints the time per abstract. Usage: `node scripts/bench/text-annotations.ts [N]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../../src/shared/random.ts';
import { parseHfPapersPage } from '../ingest/hf-page.ts';
import { annotateText } from '../annotate/annotate-text.ts';
import { parseLexicons } from '../annotate/lexicons.ts';
import { splitSentences } from '../annotate/sentences.ts';

const count = Number(process.argv[2] ?? 10_000);
const seedFile = new URL('../../content/sources/hf-papers-few-shot-rl.txt', import.meta.url);
const lexiconDir = new URL('../../content/lexicons/', import.meta.url);
const { papers } = parseHfPapersPage(readFileSync(seedFile, 'utf8'), 'hf-papers-few-shot-rl.txt');
const lexicons = parseLexicons(
	readdirSync(lexiconDir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => ({ file: f, text: readFileSync(new URL(f, lexiconDir), 'utf8') })),
);

// Seeded mixing, so runs are comparable.
const random = mulberry32(42);
const pools = papers.map((p) => splitSentences(p.abstract).map((s) => s.text));
const inputs = Array.from({ length: count }, (_, i) => {
	const base = pools[i % pools.length]!;
	const other = pools[Math.floor(random() * pools.length)]!;
	const sentences = base.map((s) => (random() < 0.3 ? other[Math.floor(random() * other.length)]! : s));
	return { title: papers[Math.floor(random() * papers.length)]!.title, abstract: sentences.join(' ') };
});
const characters = inputs.reduce((sum, p) => sum + p.abstract.length, 0);

const started = performance.now();
let entities = 0;
for (const paper of inputs) entities += annotateText(paper, lexicons).entities.length;
const elapsed = performance.now() - started;

console.log(
	`annotated ${count} abstracts (${(characters / count).toFixed(0)} chars avg, ${entities} entities) in ` +
		`${(elapsed / 1000).toFixed(2)} s: ${(elapsed / count).toFixed(3)} ms per abstract`,
);
