import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createLoaderContext } from '../shared/testing/loader-context.ts';
import { paperLoader } from '../loaders/paper-loader.ts';
import { buildSearchBundle, recompressWasmEarly, startIndexing, type IndexJob, type SearchExtrasInputs } from './pagefind-indexer.ts';
import { savedInputsDigest } from './pagefind-reuse.ts';
import { readPageIds } from './search-sorts.ts';
import { openSearchPages } from './search-page-sources.ts';
import { makeTermsAhead, offerTermsAhead, papersDigest, takeTermsAhead, type TermsAhead } from '../data/search-terms-ahead.ts';

const ABSTRACT = 'We introduce Reptile Runner, trained with PPO on Atari. It doubles the score.';
const span = (text: string) => ({ start: ABSTRACT.indexOf(text), end: ABSTRACT.indexOf(text) + text.length, text });

/** A generated page with what the search carries: a date, a code link, a topic, entities of two types. */
function page(id: string, title: string) {
	const first = span('We introduce Reptile Runner, trained with PPO on Atari.');
	const frontmatter = {
		id,
		title,
		abstract: ABSTRACT,
		published: '2023-04-05',
		links: [{ url: 'https://github.com/x/y', kind: 'code' }],
		tldr: first,
		summary: { problem: [], approach: [first], results: [] },
		topics: [{ id: 'meta-rl' }],
		entities: [
			{ id: 'ppo', name: 'PPO', type: 'algorithm', role: 'used', spans: [span('PPO')] },
			{ id: 'reptile-runner', name: 'Reptile Runner', type: 'method', role: 'introduced', spans: [span('Reptile Runner')] },
		],
		sources: [{ file: 'papers.txt', format: 'hf-page', line: 1 }],
	};
	return `---\n${JSON.stringify(frontmatter)}\n---\n\n## TL;DR\n\nIt doubles the score.\n\n## Abstract\n\n${ABSTRACT}\n`;
}

/** Every file of a bundle folder and its bytes, by path. */
function bundleFiles(bundle: string): Map<string, Buffer> {
	return new Map(
		readdirSync(bundle, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => [join(entry.parentPath, entry.name).slice(bundle.length), readFileSync(join(entry.parentPath, entry.name))]),
	);
}

/** A bundle's files with the gzip ones inflated: what they hold, whoever compressed them. */
const inflated = (files: Map<string, Buffer>) => new Map([...files].map(([path, body]) => [path, body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body]));

/** Runs the real paper loader over the project's pages again, as the next build's content sync. */
const resync = (root: string) => paperLoader({ base: 'papers' }).load(createLoaderContext(root).context);

/** A project whose pages the real paper loader has synced (records and bodies in its cache), as at `astro:build:start`. */
async function syncedProject(): Promise<{ root: string; job: IndexJob }> {
	const root = mkdtempSync(join(tmpdir(), 'pagefind-indexer-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	mkdirSync(join(root, 'papers'));
	mkdirSync(join(root, 'notes'));
	writeFileSync(join(root, 'papers', 'runner.mdx'), page('runner', 'Reptile Runner: $\\alpha$-fast meta-learning'));
	writeFileSync(join(root, 'papers', 'other.mdx'), page('other', 'Another paper'));
	writeFileSync(join(root, 'papers', '_topics.json'), JSON.stringify([{ id: 'meta-rl', title: 'Meta-learning', description: 'Learning to learn.', derived: false }]));
	writeFileSync(join(root, 'notes', 'runner.md'), '# Mine\n\nCompare with *Hypertrellis* baselines.\n');
	await paperLoader({ base: 'papers' }).load(createLoaderContext(root).context);
	const cacheDir = join(root, '.astro');
	return {
		root,
		job: { cacheDir, papersDir: join(root, 'papers'), notesDir: join(root, 'notes'), indexCacheDir: join(cacheDir, 'pagefind'), stagingDir: join(root, 'bundle'), versions: 'test' },
	};
}

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** The bundle's page fragments by URL (gzip, Pagefind's signature, JSON). */
function fragments(bundle: string): Map<string, Fragment> {
	const dir = join(bundle, 'fragment');
	return new Map(
		readdirSync(dir).map((name) => {
			const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
			const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
			return [fragment.url, fragment];
		}),
	);
}

describe('buildSearchBundle', () => {
	it('indexes each paper page from its record with the title, meta, filters, abstract and note the page carries', async () => {
		const { job } = await syncedProject();
		const outcome = await buildSearchBundle(job);
		expect(outcome).toMatchObject({ pages: 2, reused: false, errors: [] });
		const runner = fragments(job.stagingDir).get('/papers/runner/')!;
		expect(runner.meta).toEqual({ title: 'Reptile Runner: α-fast meta-learning', date: '2023-04-05', entities: 'PPO · Reptile Runner', introduces: 'Reptile Runner' });
		expect(runner.filters).toEqual({ year: ['2023'], 'has code': ['yes'], topic: ['Meta-learning'], 'entity type': ['Methods', 'Algorithms'], entity: ['Reptile Runner', 'PPO'] });
		expect(runner.content).toContain(ABSTRACT);
		expect(runner.content).toContain('Compare with Hypertrellis baselines.');
		// The TL;DR section and the headings stay out, as on the built page.
		expect(runner.content).not.toMatch(/TL;DR|Abstract|Notes/);
		expect(fragments(job.stagingDir).get('/papers/other/')!.content).not.toContain('Hypertrellis');
	});

	it('reuses the previous index until an indexed part of a page changes', async () => {
		const { job } = await syncedProject();
		const sortValues = new Map([
			['other', { date: '2023-04-05', upvotes: null }],
			['runner', { date: '2023-04-05', upvotes: null }],
		]);
		const first = await buildSearchBundle(job);
		expect(first.reused).toBe(false);
		// The search page's sort values come with the index, read while Pagefind wrote it, or with a reused one.
		expect(first.sortValues).toEqual(sortValues);
		// So do the page ids, read from the bundle's fragments as the search extras would.
		expect(first.pageIds.size).toBe(2);
		expect(first.pageIds).toEqual(readPageIds(job.stagingDir));
		const second = await buildSearchBundle(job);
		expect(second.reused).toBe(true);
		expect(second.sortValues).toEqual(sortValues);
		expect(second.pageIds).toEqual(first.pageIds);
		expect(fragments(job.stagingDir).size).toBe(2);
		writeFileSync(join(job.notesDir, 'other.md'), 'A second note.\n');
		expect((await buildSearchBundle(job)).reused).toBe(false);
		expect(fragments(job.stagingDir).get('/papers/other/')!.content).toContain('A second note.');
	});

	it('takes the sort values from the loaded records, not by reading every page file again', async () => {
		const { job } = await syncedProject();
		// A page file changed after the content sync: the site shows the record the loader read, and so must the search's orders.
		const file = join(job.papersDir, 'runner.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('"published":"2023-04-05"', '"published":"2020-01-01","upvotes":7'));
		const loaded = { date: '2023-04-05', upvotes: null };
		const first = await buildSearchBundle(job);
		expect(first.sortValues).toEqual(new Map([['other', loaded], ['runner', loaded]]));
		const reused = await buildSearchBundle(job);
		expect(reused.reused).toBe(true);
		expect(reused.sortValues).toEqual(first.sortValues);
	});

	it('makes the typo dictionary\'s script from the loaded records while Pagefind writes a new index, patches one or with a reused index', async () => {
		const { job } = await syncedProject();
		const offered: TermsAhead[] = [];
		const offer = (terms: TermsAhead) => offered.push(terms);
		// No index yet: every document is streamed to a new one, and the script is made while Pagefind writes it.
		expect((await buildSearchBundle(job, offer)).reused).toBe(false);
		const source = openSearchPages(job);
		const expected = makeTermsAhead(source.records.papers, source.records.digests);
		expect(offered).toEqual([expected]);
		expect(expected.script).toContain('reptile');
		// Its digest is that of the records the paper loader keeps (files named by their digests).
		const recordsDir = join(job.cacheDir, 'paper-records');
		expect(expected.papers).toBe(papersDigest(readdirSync(recordsDir).map((name) => [(JSON.parse(readFileSync(join(recordsDir, name), 'utf8')) as { id: string }).id, name.replace(/\.json$/, '')] as const)));
		expect((await buildSearchBundle(job, offer)).reused).toBe(true);
		expect(offered).toEqual([expected, expected]);
		writeFileSync(join(job.notesDir, 'other.md'), 'A second note.\n');
		expect((await buildSearchBundle(job, offer)).patch).toEqual({ pages: 1 });
		expect(offered).toEqual([expected, expected, expected]);
	});

	it('hands the search extras\' inputs over once a new index is written, before it is recompressed and kept', async () => {
		const { job } = await syncedProject();
		let early: { extras: SearchExtrasInputs; kept: boolean; zopfli: string[] } | undefined;
		const zopfli = join(job.indexCacheDir, 'zopfli');
		const outcome = await buildSearchBundle(job, undefined, (extras) => {
			early = { extras, kept: existsSync(join(job.indexCacheDir, 'bundle.pack')), zopfli: existsSync(zopfli) ? readdirSync(zopfli) : [] };
		});
		expect(early).toBeDefined();
		expect(early!.extras.pageIds).toEqual(outcome.pageIds);
		expect(early!.extras.pageIds).toEqual(readPageIds(job.stagingDir));
		expect(early!.extras.sortValues).toEqual(outcome.sortValues);
		expect(early!.kept).toBe(false);
		expect(early!.zopfli).toEqual([]);
		// A reused index has no extras to hand over early: the outcome carries them.
		let again = false;
		expect((await buildSearchBundle(job, undefined, () => (again = true))).reused).toBe(true);
		expect(again).toBe(false);
	});

	it('names a generated page the loader left no record for', async () => {
		const { job } = await syncedProject();
		writeFileSync(join(job.papersDir, 'late.mdx'), page('late', 'Late'));
		await expect(buildSearchBundle(job)).rejects.toThrow(/paper page late/);
	});
});

describe('buildSearchBundle, documents streamed to Pagefind as they are made', () => {
	it('writes the same bundle whether the documents were streamed or held until all were made, and as a build with no cache', async () => {
		const { job } = await syncedProject();
		// No hint yet: the documents are streamed.
		expect(savedInputsDigest(job.indexCacheDir)).toBeNull();
		expect((await buildSearchBundle(job)).reused).toBe(false);
		const streamed = bundleFiles(job.stagingDir);
		expect(savedInputsDigest(job.indexCacheDir)).toBe(openSearchPages(job).inputsDigest);
		// Same inputs (hint: reuse), but another package version: held, then indexed all at once.
		const held = { ...job, versions: 'test-2' };
		expect((await buildSearchBundle(held)).reused).toBe(false);
		expect(bundleFiles(job.stagingDir)).toEqual(streamed);
		// A changed note changes the inputs: streamed, and equal to a build from an empty cache.
		writeFileSync(join(job.notesDir, 'other.md'), 'A second note.\n');
		const edited = await buildSearchBundle(job);
		expect(edited.reused).toBe(false);
		// One page's document changed: the cached index is patched, not built again.
		expect(edited.patch).toEqual({ pages: 1 });
		expect(edited.pageIds).toEqual(readPageIds(job.stagingDir));
		const afterEdit = bundleFiles(job.stagingDir);
		const fresh = { ...job, indexCacheDir: join(job.cacheDir, 'pagefind-fresh'), stagingDir: `${job.stagingDir}-fresh` };
		expect((await buildSearchBundle(fresh)).reused).toBe(false);
		// Patched from the cached index (pagefind-patch.ts): the same files under the same names, compressed by Node's zlib, not Pagefind's deflate.
		expect(inflated(bundleFiles(fresh.stagingDir))).toEqual(inflated(afterEdit));
		expect(afterEdit).not.toEqual(streamed);
	});

	it('drops the streamed index and reuses the cached one when changed inputs make the same documents', async () => {
		const { root, job } = await syncedProject();
		await buildSearchBundle(job);
		const before = bundleFiles(job.stagingDir);
		const hint = savedInputsDigest(job.indexCacheDir);
		// The source line is in the record (so its digest changes) but not in what is indexed.
		const file = join(job.papersDir, 'other.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('"line":1', '"line":7'));
		await resync(root);
		expect(openSearchPages(job).inputsDigest).not.toBe(hint);
		expect((await buildSearchBundle(job)).reused).toBe(true);
		expect(bundleFiles(job.stagingDir)).toEqual(before);
		// The hint follows the inputs, so the next such build does not start Pagefind for nothing.
		expect(savedInputsDigest(job.indexCacheDir)).toBe(openSearchPages(job).inputsDigest);
	});
});

describe('buildSearchBundle, documents kept from the last build', () => {
	it('makes again only the documents of changed pages, and all of them after a package change', async () => {
		const { job } = await syncedProject();
		await buildSearchBundle(job);
		// Mark the kept document of `runner`: a document taken from the cache shows the mark.
		const file = join(job.indexCacheDir, 'documents.jsonl');
		writeFileSync(file, readFileSync(file, 'utf8').replace('Hypertrellis', 'Kept-document-mark'));
		writeFileSync(join(job.notesDir, 'other.md'), 'A second note.\n');
		expect((await buildSearchBundle(job)).reused).toBe(false);
		expect(fragments(job.stagingDir).get('/papers/runner/')!.content).toContain('Kept-document-mark');
		expect(fragments(job.stagingDir).get('/papers/other/')!.content).toContain('A second note.');
		// Other package versions: every document is made again from the records.
		expect((await buildSearchBundle({ ...job, versions: 'test-2' })).reused).toBe(false);
		expect(fragments(job.stagingDir).get('/papers/runner/')!.content).toContain('Hypertrellis');
	});
});

describe('buildSearchBundle, the kept documents file', () => {
	it('gains only the changed page\'s document after one page changed, and is written afresh after a killed append', async () => {
		const { job } = await syncedProject();
		await buildSearchBundle(job);
		const file = join(job.indexCacheDir, 'documents.jsonl');
		const first = readFileSync(file, 'utf8');
		expect(first.split('\n')).toHaveLength(4); // the salt, two documents, the last newline
		writeFileSync(join(job.notesDir, 'other.md'), 'A second note.\n');
		expect((await buildSearchBundle(job)).reused).toBe(false);
		const second = readFileSync(file, 'utf8');
		// The earlier lines are left as they were: one document appended.
		expect(second.startsWith(first)).toBe(true);
		expect(second.slice(first.length).split('\n')).toHaveLength(2);
		expect(second.slice(first.length)).toContain('A second note.');
		// A killed append leaves a line without its newline: it is not read, and the next save writes the file afresh.
		writeFileSync(file, `${second}["half`);
		writeFileSync(join(job.notesDir, 'other.md'), 'A third note.\n');
		expect((await buildSearchBundle(job)).reused).toBe(false);
		const third = readFileSync(file, 'utf8');
		expect(third.split('\n')).toHaveLength(4);
		expect(third).toContain('A third note.');
		expect(third).not.toContain('A second note.');
		// The documents kept are used: the runner page's document comes from the file.
		writeFileSync(file, third.replace('Hypertrellis', 'Kept-document-mark'));
		writeFileSync(join(job.notesDir, 'other.md'), 'A fourth note.\n');
		await buildSearchBundle(job);
		expect(fragments(job.stagingDir).get('/papers/runner/')!.content).toContain('Kept-document-mark');
	});
});

describe('startIndexing', () => {
	it('loads the worker at once but indexes only once begun, then gives the outcome', async () => {
		const { job } = await syncedProject();
		const run = startIndexing(job);
		// The worker's first work, unasked, is the WebAssembly's early compression into its Zopfli
		// cache; once that is there, and a while after, nothing else is: no index, no documents,
		// no inputs digest.
		const zopfli = join(job.indexCacheDir, 'zopfli');
		await vi.waitFor(() => expect(existsSync(zopfli) && readdirSync(zopfli).length > 0).toBe(true), { timeout: 30_000, interval: 100 });
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(existsSync(join(job.stagingDir, 'fragment'))).toBe(false);
		const cached = existsSync(job.indexCacheDir) ? readdirSync(job.indexCacheDir) : [];
		expect(cached.filter((name) => name !== 'zopfli')).toEqual([]);
		run.begin();
		const outcome = await run.result();
		expect(outcome).toMatchObject({ pages: 2, reused: false, errors: [] });
		expect(fragments(job.stagingDir).size).toBe(2);
		expect(outcome.sortValues.get('runner')).toEqual({ date: '2023-04-05', upvotes: null });
	});

	it('hands the search extras\' inputs over before the outcome, equal to it; none with a reused index', async () => {
		const { job } = await syncedProject();
		// The reused index's worker offers the typo dictionary's script to this thread: not left for the next test.
		onTestFinished(() => offerTermsAhead({ papers: '', script: '' }));
		const run = startIndexing(job);
		const extras = await run.extras();
		const outcome = await run.result();
		expect(extras).not.toBeNull();
		expect(extras!.pageIds).toEqual(outcome.pageIds);
		expect(extras!.sortValues).toEqual(outcome.sortValues);
		const reused = startIndexing(job);
		expect(await reused.extras()).toBeNull();
		expect((await reused.result()).reused).toBe(true);
	});

	it('compresses the WebAssembly ahead when its Zopfli cache is empty, so the bundle\'s recompression takes it from there', async () => {
		const { job } = await syncedProject();
		const zopfli = join(job.indexCacheDir, 'zopfli');
		await recompressWasmEarly(job);
		const ahead = readdirSync(zopfli);
		expect(ahead).toHaveLength(1);
		const aheadBytes = readFileSync(join(zopfli, ahead[0]!));
		await buildSearchBundle(job);
		// The build used the result made ahead (the WebAssembly's is kept, the meta file's added) and wrote it.
		expect(readdirSync(zopfli)).toContain(ahead[0]);
		expect(readdirSync(zopfli)).toHaveLength(2);
		expect(readFileSync(join(job.stagingDir, 'wasm.en.pagefind'))).toEqual(aheadBytes);
		// With any result kept (a rebuild), nothing is done ahead: the WebAssembly's, removed, stays missing.
		rmSync(join(zopfli, ahead[0]!));
		await recompressWasmEarly(job);
		expect(readdirSync(zopfli)).toHaveLength(1);
		expect(readdirSync(zopfli)).not.toContain(ahead[0]);
	});

	it('hands the typo dictionary\'s script made on the worker over to this thread, for the route', async () => {
		const { job } = await syncedProject();
		onTestFinished(() => offerTermsAhead({ papers: '', script: '' }));
		// A cached index to reuse: the script is made then.
		await buildSearchBundle(job);
		const { records } = openSearchPages(job);
		expect(takeTermsAhead(records.digests)).toBeUndefined();
		const outcome = await startIndexing(job).result();
		expect(outcome.reused).toBe(true);
		expect(takeTermsAhead(records.digests)).toBe(makeTermsAhead(records.papers, records.digests).script);
	});
});
