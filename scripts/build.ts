/**
 * paperfold's one orchestrator: read → parse → merge → annotate → render → write →
 * astro build (+ Pagefind). Every stage it calls is pure; all file and process I/O is here.
 *
 *   node scripts/build.ts --help
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseLexicons } from './annotate/lexicons.ts';
import { parseTaxonomy } from './annotate/taxonomy.ts';
import { EXIT, HELP, parseBuildArgs, type BuildOptions } from './cli/args.ts';
import { annotatePapers, renderPages } from './cli/cached-stages.ts';
import { generatorVersion, JsonCache, type PageCache, type TextCache } from './cli/generation-cache.ts';
import { createProgress, formatDiagnostic, formatSummary } from './cli/report.ts';
import { mergePapers, parseListing } from './ingest/index.ts';
import type { Diagnostic, RawPaper } from './ingest/types.ts';
import { renderTopicsJson } from './render/paper-mdx.ts';
import { findOrphanNotes } from './write/notes.ts';
import { writeGeneratedDir } from './write/write-generated.ts';

/** A failure with an exit code and a message meant for people, not a stack trace. */
class BuildError extends Error {
	code: number;
	constructor(message: string, code: number) {
		super(message);
		this.code = code;
	}
}

const root = process.cwd();
const display = (file: string) => relative(root, file) || file;

/** Expands `--source` paths and globs; with none, every file in content/sources/. */
function resolveSources(patterns: string[]): string[] {
	if (!patterns.length) {
		const dir = join(root, 'content/sources');
		return readdirSync(dir)
			.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
			.sort()
			.map((name) => join(dir, name));
	}
	return patterns.flatMap((pattern) => {
		const matches = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd: root }).sort() : [pattern];
		if (!matches.length) throw new BuildError(`--source ${pattern}: no file matches`, EXIT.usage);
		return matches.map((file) => resolve(root, file));
	});
}

function readText(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		throw new BuildError(`${display(file)}: cannot read: ${(error as Error).message}`, EXIT.input);
	}
}

/** Reads the optional YAML data files people edit: taxonomy and lexicons. */
function readConfig(options: BuildOptions) {
	const taxonomyFile = resolve(root, options.taxonomy);
	const taxonomy = existsSync(taxonomyFile)
		? parseTaxonomy(readText(taxonomyFile), display(taxonomyFile))
		: null;
	const lexiconDir = resolve(root, options.lexicons);
	const lexiconFiles = existsSync(lexiconDir)
		? readdirSync(lexiconDir)
				.filter((name) => /\.ya?ml$/.test(name))
				.sort()
				.map((name) => ({ file: display(join(lexiconDir, name)), text: readText(join(lexiconDir, name)) }))
		: [];
	return { taxonomy, lexicons: parseLexicons(lexiconFiles), lexiconFiles };
}

/** Runs the generator: sources in, `content/papers/` out. */
async function generate(options: BuildOptions): Promise<void> {
	const progress = createProgress();
	const raws: RawPaper[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const file of resolveSources(options.sources)) {
		const result = parseListing(readText(file), display(file));
		raws.push(...result.papers);
		diagnostics.push(...result.diagnostics);
	}
	for (const d of diagnostics) console.warn(formatDiagnostic(d));
	if (options.strict && diagnostics.length) {
		throw new BuildError(`--strict: ${diagnostics.length} problem(s) in the input; nothing was written.`, EXIT.input);
	}
	if (!raws.length) throw new BuildError('No paper could be read from the sources; nothing was written.', EXIT.input);

	const { papers: merged, merged: mergedCount } = mergePapers(raws);
	const { taxonomy, lexicons, lexiconFiles } = readConfig(options);
	const outDir = resolve(root, options.out);
	const version = generatorVersion(root, lexiconFiles);
	const cacheDir = join(root, '.paperfold-cache');
	const textCache: TextCache = new JsonCache(join(cacheDir, 'texts.json'), version);
	const pageCache: PageCache = new JsonCache(join(cacheDir, `pages-${createHash('sha256').update(outDir).digest('hex').slice(0, 12)}.json`), version);

	progress.update('annotating', 0, merged.length);
	const { collection, computed } = await annotatePapers(merged, { taxonomy, lexicons, lexiconFiles, cache: textCache });
	for (const c of collection.slugCollisions) console.warn(`slug collision: ${c}`);

	progress.update('rendering', 0, collection.papers.length);
	const { pages, rendered } = await renderPages(collection.papers, { outDir, cache: pageCache });
	const files = collection.papers.map((paper, i) => ({ name: `${paper.id}.mdx`, content: pages[i]! }));
	files.push({ name: '_topics.json', content: renderTopicsJson(collection.topics) });
	const outcome = await writeGeneratedDir(outDir, files, {
		onProgress: (staged) => progress.update('writing', staged, files.length),
	});
	progress.done();
	// Saved only once the pages are in place: a failed run leaves the previous cache.
	textCache.save();
	pageCache.save();
	console.log(`${computed} papers annotated and ${rendered} pages rendered; the rest came from the content-hash cache.`);

	const notesDir = resolve(root, options.notes);
	const notes = existsSync(notesDir) ? readdirSync(notesDir).filter((n) => /\.mdx?$/.test(n)) : [];
	for (const note of findOrphanNotes(notes, collection.papers.map((p) => p.id))) {
		console.warn(`${display(join(notesDir, note))}: warning: no paper with this id any more; the note is kept.`);
	}
	console.log(
		formatSummary({
			read: raws.length,
			skipped: diagnostics,
			merged: mergedCount,
			pages: collection.papers.length,
			written: outcome.written.filter((n) => n.endsWith('.mdx')).length,
			unchanged: outcome.unchanged.filter((n) => n.endsWith('.mdx')).length,
			removed: outcome.removed.filter((n) => n.endsWith('.mdx')).length,
		}),
	);
}

/** Runs `astro build` (which runs Pagefind through its integration) in a child process. */
function buildSite(options: BuildOptions): void {
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const run = spawnSync(process.execPath, [astro, 'build', '--outDir', resolve(root, options.dist)], {
		cwd: root,
		stdio: 'inherit',
		// Astro's warnings and errors, not its per-route listing (astro.config.mjs).
		env: { PAPERFOLD_ASTRO_LOG: 'warn', ...process.env },
	});
	if (run.status !== 0) throw new BuildError('astro build failed; see its output above.', EXIT.site);
}

async function main(argv: string[]): Promise<number> {
	let options: BuildOptions;
	try {
		options = parseBuildArgs(argv);
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${HELP}`);
		return EXIT.usage;
	}
	if (options.help) {
		console.log(HELP);
		return EXIT.ok;
	}
	try {
		await generate(options);
		if (options.site) buildSite(options);
		return EXIT.ok;
	} catch (error) {
		if (error instanceof BuildError) {
			console.error(`paperfold: ${error.message}`);
			return error.code;
		}
		// A bad taxonomy or lexicon file throws a readable message naming its file and line.
		console.error(`paperfold: ${(error as Error).message}`);
		return EXIT.input;
	}
}

process.exitCode = await main(process.argv.slice(2));
