import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateCollection } from '../annotate/annotate-collection.ts';
import { loadLexicons, loadSeedPapers } from '../annotate/fixtures/seed.ts';
import { parseTaxonomy } from '../annotate/taxonomy.ts';
import { createRawPaper } from '../ingest/raw-paper.ts';
import { annotatePapers, lazyKeys, renderPages, stampPages } from './cached-stages.ts';
import { stampOf } from '../../src/shared/build/file-stamp.ts';
import type { RawPaper } from '../ingest/types.ts';
import { renderPaperMdx } from '../render/paper-mdx.ts';
import { writeGeneratedDir } from '../write/write-generated.ts';
import { contentHash, JsonCache, pageKey, textKey, type KeyphraseCache, type PageCache, type RelatedCache, type TextCache, type TopicCache, type WordCache } from './generation-cache.ts';
import { documentWords } from '../annotate/collection/text-feature-table.ts';
import { assignTopics } from '../annotate/collection/topics.ts';
import { PARALLEL_THRESHOLD } from './parallel.ts';
import { TEXT_CACHE_LINE } from './text-cache-line.ts';
import { TextFeatureCache } from './text-feature-cache.ts';
import { WORD_CACHE_LINE } from './word-cache-line.ts';
import { KeptCache } from './kept-cache.ts';
import type { KeptSpace } from '../annotate/collection/kept-vector-space.ts';
import type { KeptIntake } from '../annotate/collection/phrase-intake.ts';
import type { KeptLowerCaseWords } from '../annotate/collection/kept-lower-case-words.ts';
import type { KeptCarriedPhrases } from '../annotate/collection/kept-carried-phrases.ts';

const lexiconDir = new URL('../../content/lexicons/', import.meta.url);
const lexiconFiles = readdirSync(lexiconDir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => ({ file: `content/lexicons/${f}`, text: readFileSync(new URL(f, lexiconDir), 'utf8') }));
const taxonomy = parseTaxonomy(readFileSync(new URL('../../content/taxonomy.yaml', import.meta.url), 'utf8'), 'content/taxonomy.yaml');
const emptyCache = (): TextCache => new JsonCache(join(tmpdir(), `paperfold-no-such-cache-${process.pid}.json`), 'test');
/** The seed listing's first `count` papers (all by default) as parsed records, each with its line. */
const seedRaws = (count?: number): RawPaper[] =>
	loadSeedPapers()
		.slice(0, count)
		.map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));

describe('annotatePapers', () => {
	it('gives what annotateCollection gives when a worker prepares the collection meanwhile', async () => {
		// Enough distinct papers to go over the threshold, so the worker path runs.
		const seed = loadSeedPapers();
		const copies = Math.ceil((PARALLEL_THRESHOLD + 20) / seed.length);
		const raws = Array.from({ length: copies }, (_, copy) => seed.map((p) => ({ ...p, title: `${p.title} (${copy})` })))
			.flat()
			.map((p, i) => createRawPaper({ ...p, source: { file: 'seed.txt', format: 'hf-page', line: i + 1 } }));
		const lexicons = loadLexicons();
		const { collection, computed } = await annotatePapers(raws, { taxonomy, lexicons, lexiconFiles, cache: emptyCache() });
		expect(computed).toBe(raws.length);
		expect(collection).toEqual(annotateCollection(raws, { taxonomy, lexicons }));
	});

	it('gives what annotateCollection gives in-process for a small collection', async () => {
		const raws = seedRaws();
		const lexicons = loadLexicons();
		const { collection } = await annotatePapers(raws, { taxonomy: null, lexicons, lexiconFiles, cache: emptyCache() });
		expect(collection).toEqual(annotateCollection(raws, { taxonomy: null, lexicons }));
	});

	it('annotates nothing again from a saved cache, and gives the same collection from what it kept', async () => {
		// Taxonomy topics and content words too: their caches keep each paper's.
		const raws = seedRaws();
		const lexicons = loadLexicons();
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-cache-'));
		try {
			const first = new JsonCache(join(dir, 'texts.json'), 'test') as TextCache;
			const topics = new JsonCache(join(dir, 'topics.json'), 'test') as TopicCache;
			const words = new JsonCache(join(dir, 'words.json'), 'test') as WordCache;
			const phrases = new JsonCache(join(dir, 'keyphrases.json'), 'test') as KeyphraseCache;
			const built = await annotatePapers(raws, { taxonomy, lexicons, lexiconFiles, cache: first, topicCache: topics, wordCache: words, keyphraseCache: phrases });
			first.save();
			topics.save();
			words.save();
			phrases.save();
			expect(built.collection).toEqual(annotateCollection(raws, { taxonomy, lexicons }));
			const kept = new JsonCache(join(dir, 'topics.json'), 'test') as TopicCache;
			expect(raws.map((raw) => kept.get(textKey(raw)))).toEqual(raws.map((raw) => assignTopics(raw, taxonomy).map((t) => t.id)));
			const keptWords = new JsonCache(join(dir, 'words.json'), 'test') as WordCache;
			expect(raws.map((raw) => keptWords.get(textKey(raw)))).toEqual(raws.map(documentWords));
			const keptPhrases = new JsonCache(join(dir, 'keyphrases.json'), 'test') as KeyphraseCache;
			const again = await annotatePapers(raws, {
				taxonomy,
				lexicons,
				lexiconFiles,
				cache: new JsonCache(join(dir, 'texts.json'), 'test'),
				topicCache: kept,
				wordCache: keptWords,
				keyphraseCache: keptPhrases,
			});
			expect(again.computed).toBe(0);
			expect(again.collection).toEqual(built.collection);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('gives what a build from scratch gives after one abstract changed, from every cache kept', async () => {
		const raws = seedRaws();
		const changed = raws.map((raw, i) => (i === 1 ? { ...raw, abstract: `${raw.abstract} We also release an extended evaluation suite.` } : raw));
		const lexicons = loadLexicons();
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-cache-'));
		const caches = () => ({
			cache: new JsonCache(join(dir, 'texts.json'), 'test') as TextCache,
			topicCache: new JsonCache(join(dir, 'topics.json'), 'test') as TopicCache,
			wordCache: new JsonCache(join(dir, 'words.json'), 'test', WORD_CACHE_LINE) as WordCache,
			keyphraseCache: new JsonCache(join(dir, 'keyphrases.json'), 'test') as KeyphraseCache,
			relatedCache: new JsonCache(join(dir, 'related.json'), 'test') as RelatedCache,
			textFeatureCache: new TextFeatureCache(join(dir, 'text-features.v8'), 'test'),
			keptSpaceCache: new KeptCache<KeptSpace>(join(dir, 'related-space.v8'), 'test', (space) => (space as KeptSpace | undefined)?.offsets instanceof Int32Array),
			keptIntakeCache: new KeptCache<KeptIntake>(join(dir, 'phrase-intake.v8'), 'test', (intake) => (intake as KeptIntake | undefined)?.took instanceof Int32Array),
			keptLowerCaseCache: new KeptCache<KeptLowerCaseWords>(join(dir, 'lower-case-words.v8'), 'test', (words) => (words as KeptLowerCaseWords | undefined)?.ids instanceof Int32Array),
			keptPhrasesCache: new KeptCache<KeptCarriedPhrases>(join(dir, 'carried-phrases.v8'), 'test', (phrases) => (phrases as KeptCarriedPhrases | undefined)?.phraseIds instanceof Int32Array),
		});
		try {
			const first = caches();
			await annotatePapers(raws, { taxonomy, lexicons, lexiconFiles, ...first });
			for (const cache of Object.values(first)) cache.save();
			const again = await annotatePapers(changed, { taxonomy, lexicons, lexiconFiles, ...caches() });
			expect(again.computed).toBe(1);
			// What the pages and papers.json are made of; the kept search's signatures number the terms as the patched space does.
			const scratch = annotateCollection(changed, { taxonomy, lexicons });
			expect(again.collection.papers).toEqual(scratch.papers);
			expect(again.collection.topics).toEqual(scratch.topics);
			expect(again.collection.keyphraseSelections).toEqual(scratch.keyphraseSelections);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('annotatePapers with the text cache as a build keeps it', () => {
	it("keys a page the same from fresh and from cached annotations, and reads no unchanged paper's TL;DR, summary or claims", async () => {
		const raws = seedRaws();
		const changed = raws.map((raw, i) => (i === 1 ? { ...raw, abstract: `${raw.abstract} We also release an extended evaluation suite.` } : raw));
		const lexicons = loadLexicons();
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-cache-'));
		const caches = () => ({
			cache: new JsonCache(join(dir, 'texts.json'), 'test', TEXT_CACHE_LINE) as TextCache,
			topicCache: new JsonCache(join(dir, 'topics.json'), 'test') as TopicCache,
			wordCache: new JsonCache(join(dir, 'words.json'), 'test') as WordCache,
			keyphraseCache: new JsonCache(join(dir, 'keyphrases.json'), 'test') as KeyphraseCache,
			relatedCache: new JsonCache(join(dir, 'related.json'), 'test') as RelatedCache,
		});
		try {
			const outDir = join(dir, 'papers');
			const first = caches();
			const built = await annotatePapers(raws, { taxonomy, lexicons, lexiconFiles, ...first });
			for (const cache of Object.values(first)) cache.save();
			const pages = new JsonCache(join(dir, 'pages.json'), 'test') as PageCache;
			const written = await renderPages(built.collection.papers, { outDir, cache: pages, keyOf: built.pageKeyOf });
			await writeGeneratedDir(outDir, built.collection.papers.map((paper, i) => ({ name: `${paper.id}.mdx`, content: written.page(i)! })), { durable: false });
			stampPages(built.collection.papers.map((paper, i) => ({ id: paper.id, entry: written.entry(i) })), { outDir, cache: pages });
			pages.save();

			const kept = caches();
			const again = await annotatePapers(changed, { taxonomy, lexicons, lexiconFiles, ...kept });
			expect(again.computed).toBe(1);
			const rendered = await renderPages(again.collection.papers, { outDir, cache: new JsonCache(join(dir, 'pages.json'), 'test') as PageCache, keyOf: again.pageKeyOf });
			const unread = changed.map((raw) => Object.getOwnPropertyDescriptor(kept.cache.get(textKey(raw))?.text ?? {}, 'tldr')?.get !== undefined);
			// Keys agree between the fresh build and the cached one wherever the record did (this reads every record).
			const same = built.collection.papers.map((paper, i) => JSON.stringify(paper) === JSON.stringify(again.collection.papers[i]));
			expect(same.filter(Boolean).length).toBeGreaterThan(raws.length / 2);
			expect(same.map((_, i) => again.pageKeyOf(i) === built.pageKeyOf(i))).toEqual(same);
			expect(rendered.rendered).toBe(same.filter((s) => !s).length);
			// A page left in place never had its paper's own annotations read.
			expect(unread.filter((u, i) => same[i] && !u)).toEqual([]);
			// And the records are a build from scratch's, once read.
			expect(again.collection).toEqual(annotateCollection(changed, { taxonomy, lexicons }));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('annotatePapers when the collection gives an entity another key', () => {
	it("keys a paper's page anew when a paper added elsewhere retypes one of its entities", async () => {
		const paper = (title: string, abstract: string, line: number) => createRawPaper({ title, abstract, source: { file: 'list.txt', format: 'hf-page', line } });
		const proposing = paper('Video post-training', 'We propose GRPO, a novel policy optimization method tailored for video diffusion.', 1);
		const using = [
			paper('Math tuning', 'We fine-tune Qwen with GRPO on math problems and reach 50% accuracy.', 2),
			paper('Code tuning', 'We train Qwen with GRPO on code and reach 40% pass rate.', 3),
		];
		const lexicons = loadLexicons();
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-cache-'));
		try {
			const cache = () => new JsonCache(join(dir, 'texts.json'), 'test', TEXT_CACHE_LINE) as TextCache;
			const first = cache();
			const before = await annotatePapers([proposing, using[0]!], { taxonomy: null, lexicons, lexiconFiles, cache: first });
			first.save();
			// One paper each way: nothing says which type is right.
			expect(before.collection.papers[0]!.entities.map((e) => `${e.type}/${e.id}`)).toContain('method/grpo');
			const after = await annotatePapers([proposing, ...using], { taxonomy: null, lexicons, lexiconFiles, cache: cache() });
			expect(after.computed).toBe(1);
			expect(after.collection.papers[0]!.entities.map((e) => `${e.type}/${e.id}`)).toContain('algorithm/grpo');
			expect(after.collection.rekeyed).toEqual([true, false, false]);
			expect(after.pageKeyOf(0)).not.toBe(before.pageKeyOf(0));
			expect(after.collection).toEqual(annotateCollection([proposing, ...using], { taxonomy: null, lexicons }));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('renderPages and stampPages', () => {
	/** One build's page step as the build command runs it: render, write, stamp, save. */
	async function buildPages(raws: RawPaper[], dir: string) {
		const { papers } = annotateCollection(raws, { taxonomy: null, lexicons: loadLexicons() });
		const cache = new JsonCache(join(dir, 'pages.json'), 'test') as PageCache;
		const outDir = join(dir, 'papers');
		const result = await renderPages(papers, { outDir, cache });
		const pages = papers.map((_, i) => result.page(i));
		await writeGeneratedDir(outDir, papers.map((paper, i) => ({ name: `${paper.id}.mdx`, inPlace: result.inPlace[i], content: pages[i] ?? readFileSync(join(outDir, `${paper.id}.mdx`), 'utf8') })), { durable: false });
		// Files written just now are stamped only once they have settled: age them (those written in this run only).
		const old = new Date(Date.now() - 60_000);
		for (const paper of papers) {
			const file = join(outDir, `${paper.id}.mdx`);
			if (statSync(file).mtimeMs > Date.now() - 30_000) utimesSync(file, old, old);
		}
		stampPages(papers.map((paper, i) => ({ id: paper.id, entry: result.entry(i) })), { outDir, cache });
		cache.save();
		const files = new Map(papers.map((paper) => [paper.id, readFileSync(join(outDir, `${paper.id}.mdx`), 'utf8')]));
		return { ...result, pages, files };
	}

	it('reads no unchanged page again, and renders a changed paper again whenever its record moves, back and forth', async () => {
		const raws = seedRaws(6);
		const changed = raws.map((raw, i) => (i === 1 ? { ...raw, abstract: `${raw.abstract} We also release an extended evaluation suite.` } : raw));
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-pages-'));
		try {
			const first = await buildPages(raws, dir);
			expect(first.rendered).toBe(raws.length);
			// First rebuild: nothing stamped yet was read back; the changed paper rendered.
			const second = await buildPages(changed, dir);
			expect(second.rendered).toBe(1);
			// Second rebuild: every unchanged page is known by its stamp and not read.
			const third = await buildPages(raws, dir);
			expect(third.rendered).toBe(1);
			expect(third.pages.filter((page) => page === null)).toHaveLength(raws.length - 1);
			expect(third.files).toEqual(first.files);
			const fourth = await buildPages(changed, dir);
			expect(fourth.rendered).toBe(1);
			expect(fourth.files).toEqual(second.files);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('makes no page key before the pages of a build from scratch are rendered, and the entries the eager keys made', async () => {
		const raws = seedRaws(4);
		const { papers } = annotateCollection(raws, { taxonomy: null, lexicons: loadLexicons() });
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-pages-'));
		try {
			const asked: number[] = [];
			const keyOf = lazyKeys(papers.length, (i) => (asked.push(i), pageKey(papers[i])));
			const cache = new JsonCache(join(dir, 'pages.json'), 'test') as PageCache;
			const result = await renderPages(papers, { outDir: join(dir, 'papers'), cache, keyOf });
			const pages = papers.map((_, i) => result.page(i));
			expect(pages).toEqual(papers.map(renderPaperMdx));
			// Nothing cached to compare with: the keys wait for the entries, made once the pages are in place.
			expect(asked).toEqual([]);
			const entries = papers.map((_, i) => result.entry(i));
			expect(entries).toEqual(papers.map((paper, i) => ({ file: pageKey(paper), content: contentHash(pages[i]!) })));
			papers.forEach((_, i) => result.entry(i));
			expect(asked).toEqual(papers.map((_, i) => i));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('gives the old and new stamps of each restored copy it found with its bytes, and none of a page edited', async () => {
		const raws = seedRaws(3);
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-pages-'));
		try {
			const first = await buildPages(raws, dir);
			await buildPages(raws, dir);
			const stamp = (id: string) => stampOf(statSync(join(dir, 'papers', `${id}.mdx`), { bigint: true }));
			const [edited, ...restored] = [...first.files.keys()];
			const old = new Map([...first.files.keys()].map((id) => [id, stamp(id)]));
			// A restored cache's way: each page a new file, the first with other bytes.
			const past = new Date(Date.now() - 30_000);
			for (const [id, text] of first.files) {
				const file = join(dir, 'papers', `${id}.mdx`);
				rmSync(file);
				writeFileSync(file, id === edited ? text.replace('---', '--- ') : text);
				utimesSync(file, past, past);
			}
			const again = await buildPages(raws, dir);
			expect(again.rendered).toBe(1);
			expect(again.restamps).toEqual(new Map(restored.map((id) => [`${id}.mdx`, { from: old.get(id), to: stamp(id) }])));
			expect(again.files).toEqual(first.files);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('renders a page edited by hand again, even one kept by its stamp', async () => {
		const raws = seedRaws(3);
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-pages-'));
		try {
			const first = await buildPages(raws, dir);
			await buildPages(raws, dir);
			const [id] = [...first.files.keys()];
			const file = join(dir, 'papers', `${id}.mdx`);
			writeFileSync(file, first.files.get(id)!.replace('---', '--- '));
			const again = await buildPages(raws, dir);
			expect(again.rendered).toBe(1);
			expect(again.files).toEqual(first.files);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
