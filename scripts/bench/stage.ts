/**
 * Runs ONE generation stage of the real pipeline in its own process, so the benchmark can
 * measure parse, annotate and write separately from outside (`/usr/bin/time`). It calls
 * the same pure stages as `scripts/build.ts` and hands records from one stage to the next
 * through a v8-serialised file in the work folder.
 *
 *   node scripts/bench/stage.ts parse    --work DIR --source FILE
 *   node scripts/bench/stage.ts annotate --work DIR
 *   node scripts/bench/stage.ts write    --work DIR --out content/papers
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { parseLexicons } from '../annotate/lexicons.ts';
import { parseTaxonomy } from '../annotate/taxonomy.ts';
import { mergePapers, parseListing } from '../ingest/index.ts';
import type { RawPaper } from '../ingest/types.ts';
import { annotatePapers, renderPages } from '../cli/cached-stages.ts';
import { JsonCache } from '../cli/generation-cache.ts';
import { renderTopicsJson } from '../render/paper-mdx.ts';
import { writeGeneratedDir } from '../write/write-generated.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		work: { type: 'string' },
		source: { type: 'string', multiple: true, default: [] },
		out: { type: 'string', default: 'content/papers' },
		taxonomy: { type: 'string', default: 'content/taxonomy.yaml' },
		lexicons: { type: 'string', default: 'content/lexicons' },
	},
});
const [stage] = positionals;
if (!values.work) throw new Error('stage.ts: --work DIR is required');
const work = resolve(values.work);
const parsedFile = join(work, 'parsed.v8');
const annotatedFile = join(work, 'annotated.v8');
const load = <T>(file: string): T => deserialize(readFileSync(file)) as T;

if (stage === 'parse') {
	const raws: RawPaper[] = [];
	for (const file of values.source) {
		// Named as scripts/build.ts names it, so pages record the same source path.
		const result = parseListing(readFileSync(file, 'utf8'), relative(process.cwd(), resolve(file)) || file);
		raws.push(...result.papers);
		if (result.diagnostics.length) console.warn(`${file}: ${result.diagnostics.length} record(s) skipped`);
	}
	const { papers } = mergePapers(raws);
	writeFileSync(parsedFile, serialize(papers));
	console.log(`parsed ${papers.length} papers`);
} else if (stage === 'annotate') {
	const taxonomyFile = resolve(values.taxonomy);
	const taxonomy = existsSync(taxonomyFile) ? parseTaxonomy(readFileSync(taxonomyFile, 'utf8'), values.taxonomy) : null;
	const lexiconDir = resolve(values.lexicons);
	const lexiconFiles = existsSync(lexiconDir)
		? readdirSync(lexiconDir)
				.filter((name) => /\.ya?ml$/.test(name))
				.sort()
				.map((name) => ({ file: join(values.lexicons, name), text: readFileSync(join(lexiconDir, name), 'utf8') }))
		: [];
	const raws = load<RawPaper[]>(parsedFile);
	const lexicons = parseLexicons(lexiconFiles);
	// The build's own per-paper stage (worker threads), with a cache that is never saved: a cold run.
	const { collection, ahead } = await annotatePapers(raws, { taxonomy, lexicons, lexiconFiles, cache: new JsonCache(join(work, 'cold.json'), 'cold') });
	// One serialisation, so each body rendered ahead still holds the very fields of its record.
	writeFileSync(annotatedFile, serialize({ collection, ahead }));
	console.log(`annotated ${collection.papers.length} papers`);
} else if (stage === 'write') {
	const { collection, ahead } = load<Awaited<ReturnType<typeof annotatePapers>>>(annotatedFile);
	const outDir = resolve(values.out);
	const { page } = await renderPages(collection.papers, { outDir, cache: new JsonCache(join(work, 'cold.json'), 'cold'), ahead });
	const files = collection.papers.map((paper, i) => ({ name: `${paper.id}.mdx`, content: page(i)! }));
	files.push({ name: '_topics.json', content: renderTopicsJson(collection.topics) });
	const outcome = await writeGeneratedDir(outDir, files);
	console.log(`wrote ${outcome.written.length} files, ${outcome.unchanged.length} unchanged`);
} else {
	throw new Error(`stage.ts: unknown stage "${stage}" (parse, annotate or write)`);
}
