/**
 * The generator: sources in, `content/papers/` out (read → parse → merge → annotate → render →
 * write). Loaded by the orchestrator (build-command.ts) only once `astro build` has been started,
 * so that Astro's start-up begins while these modules (the annotation rules, wink-nlp's model,
 * the lexicons' patterns: most of the command's module loading) are read and compiled, instead of
 * after them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ASTRO_CACHE_DIR } from '../../src/shared/build/incremental-cache.ts';
import { writePageRestamps } from '../../src/shared/build/page-restamps.ts';
import { NOTE_OWNERS_FILE, NoteOwnersSchema, paperIdentity, type NoteOwners } from '../../src/shared/note-owners.ts';
import { parseLexicons } from '../annotate/lexicons.ts';
import { parseTaxonomy } from '../annotate/taxonomy.ts';
import { mergePapers } from '../ingest/index.ts';
import { renderTopicsJson } from '../render/paper-mdx.ts';
import { checkNoteOwners, findOrphanNotes } from '../write/notes.ts';
import { MARKER, markerContent } from '../write/output-marker.ts';
import { writeGeneratedDir, type GeneratedFile } from '../write/write-generated.ts';
import { BuildError, EXIT, type BuildOptions } from './args.ts';
import { annotatePapers, renderPages, stampPages } from './cached-stages.ts';
import { decodeText } from './decode-text.ts';
import { TEXT_CACHE_LINE } from './text-cache-line.ts';
import { KeptCache } from './kept-cache.ts';
import type { KeptSpace } from '../annotate/collection/kept-vector-space.ts';
import type { KeptIntake } from '../annotate/collection/phrase-intake.ts';
import type { KeptLowerCaseWords } from '../annotate/collection/kept-lower-case-words.ts';
import type { KeptCarriedPhrases } from '../annotate/collection/kept-carried-phrases.ts';
import { TextFeatureCache } from './text-feature-cache.ts';
import { WORD_CACHE_LINE } from './word-cache-line.ts';
import { configKey, readParsedConfig } from './config-cache.ts';
import { generatorVersion, JsonCache, type KeyphraseCache, type PageCache, type RelatedCache, type TextCache, type TopicCache, type WordCache } from './generation-cache.ts';
import type { PhaseClock } from './phase-clock.ts';
import { PARALLEL_THRESHOLD } from './parallel.ts';
import { readSources, resolveSources } from './read-sources.ts';
import { createProgress, formatDiagnostic, formatFailedFiles, formatSummary } from './report.ts';

const root = process.cwd();
const display = (file: string) => relative(root, file) || file;

/** A data file as text; anything else (binary, bad UTF-8, unreadable) stops the build. */
function readText(file: string): string {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		throw new BuildError(`${display(file)}: cannot read: ${(error as Error).message}`, EXIT.input);
	}
	const decoded = decodeText(bytes, display(file));
	if ('error' in decoded) throw new BuildError(formatDiagnostic(decoded.error), EXIT.input);
	return decoded.text;
}

/**
 * Reads the optional YAML data files people edit, taxonomy and lexicons, and the generator's
 * version (which digests the lexicons' text); their parse is read back from the cache when
 * neither they nor the version changed (`config-cache.ts`), its `save` left to the caller.
 */
function readConfig(options: BuildOptions, cacheDir: string) {
	const taxonomyFile = resolve(root, options.taxonomy);
	const taxonomyText = existsSync(taxonomyFile) ? readText(taxonomyFile) : null;
	const lexiconDir = resolve(root, options.lexicons);
	const lexiconFiles = existsSync(lexiconDir)
		? readdirSync(lexiconDir)
				.filter((name) => /\.ya?ml$/.test(name))
				.sort()
				.map((name) => ({ file: display(join(lexiconDir, name)), text: readText(join(lexiconDir, name)) }))
		: [];
	const version = generatorVersion(root, lexiconFiles);
	const taxonomySource = taxonomyText === null ? null : { file: display(taxonomyFile), text: taxonomyText };
	const { config, save } = readParsedConfig(join(cacheDir, 'config.v8'), configKey(version, taxonomySource, lexiconFiles), () => ({
		taxonomy: taxonomySource && parseTaxonomy(taxonomySource.text, taxonomySource.file),
		lexicons: parseLexicons(lexiconFiles),
	}));
	return { ...config, taxonomyText, lexiconFiles, version, save };
}

/** The previous run's note-owner record, or null when there is none (or it cannot be read). */
function readNoteOwners(outDir: string): NoteOwners | null {
	const file = join(outDir, NOTE_OWNERS_FILE);
	if (!existsSync(file)) return null;
	let json: unknown = null;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		// Reported below like any other unreadable record.
	}
	const parsed = NoteOwnersSchema().safeParse(json);
	if (!parsed.success) console.warn(`${display(file)}: warning: not a note-owner record; starting a new one.`);
	return parsed.success ? parsed.data : null;
}

/**
 * Runs the generator: sources in, `content/papers/` out, its phases timed on `clock`. Returns the
 * saving of its caches, left to the caller: a full build saves them while Astro builds the site,
 * not before it.
 */
export async function generate(options: BuildOptions, clock: PhaseClock): Promise<{ saveCaches: () => void }> {
	const progress = createProgress();
	const { papers: raws, diagnostics, failed } = readSources(resolveSources(root, options.sources), display);
	for (const d of diagnostics) console.warn(formatDiagnostic(d));
	if (failed.length) throw new BuildError(formatFailedFiles(raws.length, diagnostics, failed), EXIT.input);
	if (!raws.length) throw new BuildError('No paper could be read from the sources; nothing was written.', EXIT.input);
	if (options.strict && diagnostics.length) {
		throw new BuildError(`--strict: ${diagnostics.length} problem(s) in the input; nothing was written.`, EXIT.input);
	}

	const { papers: merged, merged: mergedCount, conflicts } = mergePapers(raws);
	clock.end('parse');
	const cacheDir = join(root, '.paperfold-cache');
	const { taxonomy, taxonomyText, lexicons, lexiconFiles, version, save: saveConfig } = readConfig(options, cacheDir);
	const outDir = resolve(root, options.out);
	// Keyphrase candidate rows are parsed only for the papers ranked again.
	const textCache: TextCache = new JsonCache(join(cacheDir, 'texts.json'), version, TEXT_CACHE_LINE);
	// A paper's words are parsed only when read: a rebuild reads only the changed papers'.
	const wordCache: WordCache = new JsonCache(join(cacheDir, 'words.json'), version, WORD_CACHE_LINE);
	const keyphraseCache: KeyphraseCache = new JsonCache(join(cacheDir, 'keyphrases.json'), version);
	// Entries by slug, each checked against its paper's signature, which holds its index in the collection.
	const relatedCache: RelatedCache = new JsonCache(join(cacheDir, 'related.json'), version);
	// Valid for one taxonomy only: its text is part of the version.
	const topicCache: TopicCache = new JsonCache(join(cacheDir, 'topics.json'), createHash('sha256').update(`${version}\u0000${taxonomyText ?? ''}`).digest('hex'));
	// The collection's text features by paper, so a rebuild reads only the changed papers' words.
	const textFeatureCache = new TextFeatureCache(join(cacheDir, 'text-features.v8'), version);
	// The related search's vector space, so a rebuild patches it for the changed papers.
	const keptSpaceCache = new KeptCache<KeptSpace>(join(cacheDir, 'related-space.v8'), version, (space) => (space as KeptSpace | undefined)?.offsets instanceof Int32Array);
	// The papers each shared keyphrase took in, so a rebuild looks up only the changed papers.
	const keptIntakeCache = new KeptCache<KeptIntake>(join(cacheDir, 'phrase-intake.v8'), version, (intake) => (intake as KeptIntake | undefined)?.took instanceof Int32Array);
	// The papers' lower-case words, so a rebuild reads only the changed papers' words for the topic names.
	const keptLowerCaseCache = new KeptCache<KeptLowerCaseWords>(join(cacheDir, 'lower-case-words.v8'), version, (words) => (words as KeptLowerCaseWords | undefined)?.ids instanceof Int32Array);
	// Each paper's carried phrases, so a rebuild makes only the changed papers' for the topic names.
	const keptPhrasesCache = new KeptCache<KeptCarriedPhrases>(join(cacheDir, 'carried-phrases.v8'), version, (phrases) => (phrases as KeptCarriedPhrases | undefined)?.phraseIds instanceof Int32Array);
	const pageCache: PageCache = new JsonCache(join(cacheDir, `pages-${createHash('sha256').update(outDir).digest('hex').slice(0, 12)}.json`), version);

	progress.update('annotating', 0, merged.length);
	const { collection, computed, ahead, pageKeyOf } = await annotatePapers(merged, { taxonomy, lexicons, lexiconFiles, cache: textCache, topicCache, wordCache, keyphraseCache, relatedCache, textFeatureCache, keptSpaceCache, keptIntakeCache, keptLowerCaseCache, keptPhrasesCache });
	for (const c of collection.slugCollisions) console.warn(`slug collision: ${c}`);
	clock.end('annotate');

	progress.update('rendering', 0, collection.papers.length);
	const { page, inPlace, rendered, entry, restamps } = await renderPages(collection.papers, { outDir, cache: pageCache, ahead, keyOf: pageKeyOf });
	// Each page made as the writer stages it: with many, it writes them on a thread of its own meanwhile.
	const files: GeneratedFile[] = collection.papers.map((paper, i) => pageFile(`${paper.id}.mdx`, () => page(i), inPlace[i]!, outDir));
	const notesDir = resolve(root, options.notes);
	const notes = existsSync(notesDir) ? readdirSync(notesDir).filter((n) => /\.mdx?$/.test(n)) : [];
	const owners = checkNoteOwners(notes, new Map(collection.papers.map((p) => [p.id, paperIdentity(p)])), readNoteOwners(outDir));
	for (const m of owners.moved) {
		console.warn(
			`${display(join(notesDir, m.file))}: warning: written for ${m.writtenFor}, but its slug now belongs to ${m.nowOwnedBy}; ` +
				'the note is kept and not shown. Rename it to its paper\'s new slug, or delete the entry in ' +
				`${display(join(outDir, NOTE_OWNERS_FILE))} to give it to the new paper.`,
		);
	}
	files.push(
		{ name: '_topics.json', content: renderTopicsJson(collection.topics) },
		{ name: NOTE_OWNERS_FILE, content: `${JSON.stringify(owners.record, null, '\t')}\n` },
		{ name: MARKER, content: markerContent('papers') },
	);
	const outcome = await writeGeneratedDir(outDir, files, {
		onProgress: (staged) => progress.update('writing', staged, files.length),
		writeOnThread: rendered >= PARALLEL_THRESHOLD,
	});
	progress.done();
	// Before the site build reads the pages: restored copies checked here are not read again there.
	writePageRestamps(join(root, ASTRO_CACHE_DIR), new Map([...restamps].map(([name, restamp]) => [relative(root, join(outDir, name)).split('\\').join('/'), restamp])));
	clock.end('write MDX');
	console.log(`${computed} papers annotated and ${rendered} pages rendered; the rest came from the content-hash cache.`);

	for (const note of findOrphanNotes(notes, collection.papers.map((p) => p.id))) {
		console.warn(`${display(join(notesDir, note))}: warning: no paper with this id any more; the note is kept.`);
	}
	console.log(
		formatSummary({
			read: raws.length,
			problems: diagnostics,
			merged: mergedCount,
			conflicts,
			pages: collection.papers.length,
			written: outcome.written.filter((n) => n.endsWith('.mdx')).length,
			unchanged: outcome.unchanged.filter((n) => n.endsWith('.mdx')).length,
			removed: outcome.removed.filter((n) => n.endsWith('.mdx')).length,
		}),
	);
	// Saved only once the pages are in place: a failed run leaves the previous cache.
	return {
		saveCaches: () => {
			saveConfig();
			textCache.save();
			if (taxonomy) topicCache.save();
			wordCache.save();
			keyphraseCache.save();
			relatedCache.save();
			textFeatureCache.save();
			keptSpaceCache.save();
			keptIntakeCache.save();
			keptLowerCaseCache.save();
			keptPhrasesCache.save();
			// The fresh pages' keys are made here, beside Astro's build, not before the pages are written.
			stampPages(collection.papers.map((p, i) => ({ id: p.id, entry: entry(i) })), { outDir, cache: pageCache });
			pageCache.save();
		},
	};
}

/**
 * A page file to write, its text made (`text()`) when the writer reads it: a page rendered now,
 * the text read back, or null for one left in place unread, which is read only if the writer
 * needs its bytes after all (it links a file in place without reading it).
 */
function pageFile(name: string, text: () => string | null, inPlace: boolean, outDir: string): GeneratedFile {
	return {
		name,
		inPlace,
		get content() {
			return text() ?? readFileSync(join(outDir, name), 'utf8');
		},
	};
}
