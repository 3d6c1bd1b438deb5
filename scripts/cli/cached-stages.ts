/**
 * The per-paper stages of the generator with the content-hash cache and worker threads
 * around them: only new or changed papers are annotated and rendered, on both cores when
 * there are many. The stages themselves stay pure (`annotatePaper`, `renderPaperMdx`).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_FIELDS, completeCollection, REKEYED_FIELDS, prepareCollection, type AnnotateCollectionResult } from '../annotate/annotate-collection.ts';
import { annotatePaper, annotatePaperBatch, type PaperAnnotations } from '../annotate/annotate-paper.ts';
import type { Lexicons } from '../annotate/lexicons.ts';
import type { Taxonomy } from '../annotate/taxonomy.ts';
import type { DocumentWords } from '../annotate/collection/text-feature-table.ts';
import type { RawPaper } from '../ingest/types.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';
import { settledAt, stampOf } from '../../src/shared/build/file-stamp.ts';
import type { Restamp } from '../../src/shared/build/page-restamps.ts';
import { contentHash, pageKey, recordPageKey, textKey, type KeyphraseCache, type PageCache, type PageEntry, type RelatedCache, type TextCache, type TopicCache, type WordCache } from './generation-cache.ts';
import { mapPaperBatch } from './paper-stage.ts';
import type { BodyAhead } from './bodies-ahead.ts';
import { annotateInWorkers, renderPagesWithBodies, threadCount, type PreparedParts } from './parallel.ts';
import type { KeptSpace } from '../annotate/collection/kept-vector-space.ts';
import type { KeptIntake } from '../annotate/collection/phrase-intake.ts';
import type { KeptLowerCaseWords } from '../annotate/collection/kept-lower-case-words.ts';
import type { KeptCarriedPhrases } from '../annotate/collection/kept-carried-phrases.ts';
import type { KeptCache } from './kept-cache.ts';
import type { TextFeatureCache } from './text-feature-cache.ts';
import type { StartRelated } from './related-on-worker.ts';


/**
 * The whole annotate stage: text annotations and keyphrase candidate features for every paper
 * (`annotatePaper`: from the cache, else computed) and then the collection
 * (`annotateCollection`'s result), with each paper's taxonomy topics and content words from their
 * caches where kept, and its keyphrase selection from its cache where it read the same counts
 * from the collection (`rankKeyphrasesReusing`). With many papers to annotate, worker threads
 * annotate while the first of them prepares the collection (slugs, topics, text features)
 * instead of after, and render the fresh papers' page bodies while this thread runs the
 * collection steps (`ahead`, by paper, for `renderPages`). Gives each record's page key
 * (`recordPageKey`, which reads none of its text annotations) by index, made when first asked for.
 */
export async function annotatePapers(
	raws: readonly RawPaper[],
	options: {
		taxonomy: Taxonomy | null;
		lexicons: Lexicons;
		lexiconFiles: { file: string; text: string }[];
		cache: TextCache;
		topicCache?: TopicCache;
		wordCache?: WordCache;
		keyphraseCache?: KeyphraseCache;
		relatedCache?: RelatedCache;
		textFeatureCache?: TextFeatureCache;
		keptSpaceCache?: KeptCache<KeptSpace>;
		keptIntakeCache?: KeptCache<KeptIntake>;
		keptLowerCaseCache?: KeptCache<KeptLowerCaseWords>;
		keptPhrasesCache?: KeptCache<KeptCarriedPhrases>;
	},
): Promise<{ collection: AnnotateCollectionResult; computed: number; ahead: (BodyAhead | undefined)[]; pageKeyOf: (index: number) => string }> {
	const { taxonomy, lexicons, cache } = options;
	const keys = raws.map(textKey);
	const texts: (PaperAnnotations | undefined)[] = keys.map((key) => cache.get(key));
	// Taxonomy topics kept for this taxonomy (the topic cache's version holds its digest).
	const topicCache = taxonomy ? options.topicCache : undefined;
	const taxonomyTopics = keys.map((key) => topicCache?.get(key));
	const { wordCache } = options;
	const words = keys.map((key) => wordCache?.get(key));
	const { keyphraseCache } = options;
	const keptSelections = keys.map((key) => keyphraseCache?.get(key));
	const missing = texts.flatMap((text, i) => (text ? [] : [i]));
	const threads = threadCount(missing.length);
	const stale = missing.map((i) => raws[i]!);
	const complete = (fresh: PaperAnnotations[], prepared: PreparedParts, searchRelated?: StartRelated) => {
		missing.forEach((index, j) => {
			texts[index] = fresh[j]!;
			cache.set(keys[index]!, fresh[j]!);
		});
		if (topicCache) keys.forEach((key, i) => topicCache.set(key, prepared.taxonomyTopics[i]!));
		if (wordCache) keys.forEach((key, i) => wordCache.set(key, prepared.words[i]!));
		const annotated = texts as PaperAnnotations[];
		const { relatedCache } = options;
		const keptRelated =
			relatedCache &&
			((slugs: readonly string[]) => {
				const capped = relatedCache.get(CAPPED_KEY);
				return {
					papers: slugs.map((slug) => {
						const entry = relatedCache.get(slug);
						return entry && 'sig' in entry ? entry : undefined;
					}),
					capped: capped && 'capped' in capped ? capped.capped : undefined,
				};
			});
		const { keptSpaceCache } = options;
		const keptSpace = keptSpaceCache && { kept: keptSpaceCache.kept, keep: (space: KeptSpace) => keptSpaceCache.keep(space), textKeys: keys };
		const { keptIntakeCache } = options;
		const keptIntake = keptIntakeCache && { kept: keptIntakeCache.kept, keep: (intake: KeptIntake) => keptIntakeCache.keep(intake), textKeys: keys };
		const { keptLowerCaseCache } = options;
		const keptLowerCase = keptLowerCaseCache && { kept: keptLowerCaseCache.kept, keep: (words: KeptLowerCaseWords) => keptLowerCaseCache.keep(words), textKeys: keys };
		const { keptPhrasesCache } = options;
		const keptPhrases = keptPhrasesCache && { kept: keptPhrasesCache.kept, keep: (pack: () => KeptCarriedPhrases) => keptPhrasesCache.keepMade(pack), textKeys: keys };
		const completed = completeCollection(
			{ ...prepared, raws, taxonomy },
			{ lexicons, texts: annotated.map((a) => a.text), keyphrases: annotated.map((a) => a.keyphrases), keptSelections, keptRelated, keptSpace, keptIntake, keptLowerCase, keptPhrases, searchRelated },
		);
		if (keyphraseCache) keys.forEach((key, i) => keyphraseCache.set(key, completed.keyphraseSelections[i]!));
		if (relatedCache) {
			completed.papers.forEach((paper, i) => relatedCache.set(paper.id, completed.relatedSearch.papers[i]!));
			relatedCache.set(CAPPED_KEY, { capped: completed.relatedSearch.capped });
		}
		return completed;
	};
	const { textFeatureCache } = options;
	// Unchanged papers' text features from the last build's table; a worker collects them all, and the table is kept for the next build.
	const collectText = textFeatureCache && ((docs: readonly { title: string; abstract: string }[], read?: readonly (DocumentWords | undefined)[]) => textFeatureCache.table(docs, keys, read));
	const { completed: collection, bodies } =
		threads > 1
			? await annotateInWorkers(stale, { raws, taxonomy, taxonomyTopics, words }, options.lexiconFiles, threads, lexicons, (fresh, prepared, searchRelated) => {
					textFeatureCache?.remember(prepared.text, keys);
					return complete(fresh, prepared, searchRelated);
				})
			: { completed: complete(mapPaperBatch('annotation', stale, (papers) => annotatePaperBatch(papers, lexicons), (raw) => annotatePaper(raw, lexicons)), prepareCollection(raws, { taxonomy, taxonomyTopics, words, collectText })), bodies: [] };
	// Page bodies rendered while the collection steps ran, by paper.
	const ahead: (BodyAhead | undefined)[] = raws.map(() => undefined);
	missing.forEach((index, j) => (ahead[index] = bodies[j]));
	const collectionFields: readonly string[] = COLLECTION_FIELDS;
	const rekeyedFields: readonly string[] = REKEYED_FIELDS;
	// Only the names of the text fields are kept for the keys, not the annotations (their candidate features are large).
	const textFields = collection.papers.map((_, i) =>
		Object.keys(texts[i]!.text).filter((field) => !collectionFields.includes(field) && !(collection.rekeyed[i] && rekeyedFields.includes(field))),
	);
	const pageKeyOf = lazyKeys(collection.papers.length, (i) => recordPageKey(collection.papers[i]!, keys[i]!, textFields[i]!));
	return { collection, computed: missing.length, ahead, pageKeyOf };
}

/**
 * `make(i)` for each index, made when first asked for and kept. A build from scratch has no
 * page cache to compare keys with, so it needs them only for the cache it saves, beside Astro's
 * build (`stampPages`), and not between the collection steps and the pages, where they took some
 * seconds of this thread at 10,000 papers while the other core sat idle.
 */
export function lazyKeys(count: number, make: (index: number) => string): (index: number) => string {
	const made: (string | undefined)[] = new Array(count).fill(undefined);
	return (index) => (made[index] ??= make(index));
}

/** The related-paper cache's entry of the capped postings: no slug starts with `#`. */
const CAPPED_KEY = '#capped';

/**
 * The MDX text of every page, the i-th as `page(i)`. A page whose record is unchanged and whose
 * file still holds the bytes written last time is kept in place (`inPlace`: the file holds it as
 * it is); its text is null when the file's stamp (inode, size, mtime) is the one kept with those
 * bytes, so the file is not even read, else the text read back. An edited page is rendered anew,
 * from its body rendered `ahead` when there is one: then only when `page(i)` asks for it, so the
 * writer stages each page as it is made (ask for each once: it is not kept). `entry(i)` is the
 * i-th page's cache entry, for `stampPages` once the pages are in place: a fresh page's record key
 * is made only then, and only a paper the cache holds has its key made here. `keyOf(i)` is the
 * i-th record's page key (`annotatePapers`), else `pageKey` of it. `restamps`, by file name: each
 * page read back with its bytes unchanged but its stamp new (a restored copy), its old and new
 * stamps, for the paper loader (src/shared/build/page-restamps.ts).
 */
export async function renderPages(
	papers: readonly Paper[],
	options: { outDir: string; cache: PageCache; ahead?: readonly (BodyAhead | undefined)[]; keyOf?: (index: number) => string },
): Promise<{ page: (index: number) => string | null; inPlace: boolean[]; rendered: number; entry: (index: number) => PageEntry; restamps: Map<string, Restamp> }> {
	const keyOf = options.keyOf ?? ((i: number) => pageKey(papers[i]));
	const restamps = new Map<string, Restamp>();
	const pages: (string | null | undefined)[] = papers.map((paper, i) => {
		const cached = options.cache.get(paper.id);
		if (!cached || cached.file !== keyOf(i)) return undefined;
		const name = `${paper.id}.mdx`;
		const file = join(options.outDir, name);
		const readAtNs = BigInt(Date.now()) * 1_000_000n;
		const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
		if (!stats) return undefined;
		const stamp = stampOf(stats);
		if (cached.stamp !== undefined && cached.stamp === stamp) return null;
		const text = readFileSync(file, 'utf8');
		if (contentHash(text) !== cached.content) return undefined;
		// The same bytes under a new stamp (a restored copy): the paper loader need not read them again.
		if (cached.stamp !== undefined && settledAt(stats, readAtNs)) restamps.set(name, { from: cached.stamp, to: stamp });
		return text;
	});
	const inPlace = pages.map((page) => page !== undefined);
	const missing = pages.flatMap((page, i) => (page === undefined ? [i] : []));
	const freshAt = new Map(missing.map((index, j) => [index, j]));
	const fresh = await renderPagesWithBodies(
		missing.map((i) => papers[i]!),
		missing.map((i) => options.ahead?.[i]),
	);
	// A fresh page's bytes are hashed as it is made, so its text need not be kept for its entry.
	const hashes = new Map<number, string>();
	const page = (i: number): string | null => {
		const j = freshAt.get(i);
		if (j === undefined) return pages[i]!;
		const text = fresh(j);
		hashes.set(i, contentHash(text));
		return text;
	};
	// A page kept in place keeps its entry as it was: the same record, the same bytes (its stamp
	// too, unless the file was read: then it is stamped again once in place).
	const entry = (i: number): PageEntry => {
		if (!inPlace[i]) return { file: keyOf(i), content: hashes.get(i) ?? contentHash(page(i)!) };
		const cached = options.cache.get(papers[i]!.id)!;
		return pages[i] === null ? cached : { file: cached.file, content: cached.content };
	};
	return { page, inPlace, rendered: missing.length, entry, restamps };
}

/**
 * Sets each page's cache entry (`pages`: each page's `entry` as `renderPages` gives it), stamping
 * each that has no stamp with its file's inode, size and mtime, once the pages are in place: the
 * generator hard-links an unchanged page (same inode, same mtime) and writes a changed one as a
 * new file, so the next build tells an untouched page by its stamp.
 */
export function stampPages(pages: readonly { id: string; entry: PageEntry }[], options: { outDir: string; cache: PageCache }): void {
	const now = BigInt(Date.now()) * 1_000_000n;
	for (const { id, entry } of pages) {
		if (entry.stamp !== undefined) {
			options.cache.set(id, entry);
			continue;
		}
		const stats = statSync(join(options.outDir, `${id}.mdx`), { bigint: true, throwIfNoEntry: false });
		options.cache.set(id, stats && settledAt(stats, now) ? { ...entry, stamp: stampOf(stats) } : entry);
	}
}
