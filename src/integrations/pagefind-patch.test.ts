import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFilter, decodeIndexChunk, decodeMeta, fragmentUrl, unwrap, type PageEntry } from './pagefind-bundle-format.ts';
import { indexPages } from './pagefind-session.ts';
import { chunkFor } from './pagefind-chunk-ranges.ts';
import { patchBundle, PatchRefused, type BundleFiles } from './pagefind-patch.ts';

/** A search document as search-page-html.ts makes them: a title, filters, an indexed body. */
function doc(i: number, body: string, filters: { year: string; tag: string[] }): { url: string; html: string } {
	const tags = filters.tag.map((tag) => `<span data-pagefind-filter="tag">${tag}</span>`).join('');
	return {
		url: `/papers/p${String(i).padStart(2, '0')}/`,
		html: `<html lang="en"><head><title>Paper ${i}</title></head><body><main data-pagefind-body><h1>Paper ${i}: ${body.split(' ').slice(0, 3).join(' ')}</h1><p data-pagefind-filter="year">${filters.year}</p>${tags}<section><p>${body}</p></section></main></body></html>`,
	};
}

const BODIES = [
	'Reinforcement learning agents learn policies from rewards in Atari games.',
	'A café of naïve learners: meta-learning with few examples and fast adaptation.',
	'Model-based planning improves sample efficiency of robotic control.',
	'Transformers for offline reinforcement learning, trained on logged trajectories.',
	'Curiosity drives exploration when rewards are sparse; agents learn to explore.',
	'Hierarchical policies decompose long tasks into reusable skills.',
	'Über-fast simulators let agents learn locomotion in minutes.',
	'Reward shaping and its pitfalls: a survey of learning signals.',
	'Multi-agent coordination emerges from shared rewards and communication.',
	'Offline datasets, conservative value estimates, and safe policy improvement.',
];

const filtersOf = (i: number) => ({ year: String(2019 + (i % 4)), tag: i % 3 === 0 ? ['rl', 'games'] : ['rl'] });
const ORIGINAL = BODIES.map((body, i) => doc(i, body, filtersOf(i)));
/** Paper 1 rewritten: words gone (café, naïve), words new to the index (zeppelin, résumé), a new and a dropped filter value. */
const CHANGED_DOC = doc(1, 'Zeppelin résumé: meta-learning agents learn rewards with fewer examples, fast and robust.', { year: '2031', tag: ['rl', 'airships'] });
const CHANGED = ORIGINAL.map((page, i) => (i === 1 ? CHANGED_DOC : page));

/** Every file of a bundle folder by relative path. */
function readBundle(dir: string): Map<string, Buffer> {
	return new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name))]),
	);
}

function writeBundle(files: BundleFiles, dir: string): void {
	for (const [path, content] of files) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
}

/**
 * What a bundle says, by URL instead of page number: each word's (and accented form's)
 * locations per page, each page's word count and fragment, each filter value's pages. Also
 * checks that the bundle holds exactly the index, filter and fragment files its meta names.
 */
function describeBundle(files: BundleFiles) {
	const entry = JSON.parse(files.get('pagefind-entry.json')!.toString()) as { languages: Record<string, { hash: string; page_count: number }> };
	const { hash, page_count } = entry.languages.en!;
	const meta = decodeMeta(unwrap(files.get(`pagefind.${hash}.pf_meta`)!));
	const urls = meta.pages.map((page) => fragmentUrl(unwrap(files.get(`fragment/${page.hash}.pf_fragment`)!)));
	const named = [...meta.chunks.map((c) => `index/${c.hash}.pf_index`), ...meta.filters.map((f) => `filter/${f.hash}.pf_filter`), ...meta.pages.map((p) => `fragment/${p.hash}.pf_fragment`)];
	expect([...files.keys()].filter((path) => /^(index|filter|fragment)\//.test(path)).sort()).toEqual(named.sort());
	const words: Record<string, Record<string, unknown>> = {};
	// An entry's own bytes, not the file they lie in.
	const locations = ({ fields, bytes, start, end }: PageEntry) => ({ fields, rest: Buffer.from(bytes.subarray(start, end)) });
	for (const chunk of meta.chunks) {
		for (const word of decodeIndexChunk(unwrap(files.get(`index/${chunk.hash}.pf_index`)!))) {
			words[word.word] = Object.fromEntries([...word.pages].map(([page, entry]) => [urls[page], locations(entry)]));
			for (const [form, pages] of word.variants) words[`${word.word} ~ ${form}`] = Object.fromEntries([...pages].map(([page, entry]) => [urls[page], locations(entry)]));
		}
	}
	const filters: Record<string, Record<string, string[]>> = {};
	for (const filter of meta.filters) {
		const decoded = decodeFilter(unwrap(files.get(`filter/${filter.hash}.pf_filter`)!));
		filters[decoded.name] = Object.fromEntries(decoded.values.map(([value, pages]) => [value, pages.map((page) => urls[page]!).sort()]));
	}
	const pages = Object.fromEntries(meta.pages.map((page, i) => [urls[i], { wordCount: page.wordCount, rest: page.rest, fragment: unwrap(files.get(`fragment/${page.hash}.pf_fragment`)!).toString() }]));
	// Which words each chunk holds, its range and its file's name: where the browser looks for a word.
	const chunks = meta.chunks.map((chunk) => ({ ...chunk, words: decodeIndexChunk(unwrap(files.get(`index/${chunk.hash}.pf_index`)!)).map((word) => word.word) }));
	return { pageCount: page_count, version: meta.version, rest: meta.rest, pages, words, filters, chunks };
}

let root = '';
const bundles = {} as Record<'base' | 'small' | 'scratch', Map<string, Buffer>>;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'pagefind-patch-'));
	for (const [name, docs] of [['base', ORIGINAL], ['small', [CHANGED_DOC]], ['scratch', CHANGED]] as const) {
		const indexed = await indexPages(docs, join(root, name));
		expect(indexed.errors).toEqual([]);
		bundles[name] = readBundle(join(root, name));
	}
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('patchBundle', () => {
	it('gives the bundle Pagefind builds from scratch from the changed documents', async () => {
		const patched = await patchBundle(bundles.base, bundles.small);
		const expected = describeBundle(bundles.scratch);
		const actual = describeBundle(patched);
		expect(actual.pages).toEqual(expected.pages);
		expect(actual.filters).toEqual(expected.filters);
		expect(actual.words).toEqual(expected.words);
		expect(actual).toEqual(expected);
		// The words the change removed and added are really out and in.
		expect(Object.keys(actual.words).some((word) => word.includes('café'))).toBe(false);
		expect(Object.keys(actual.words)).toContain('zeppelin');
	});

	it('leaves unchanged files as they were and never changes the published bundle', async () => {
		const before = new Map([...bundles.base].map(([path, content]) => [path, Buffer.from(content)]));
		const patched = await patchBundle(bundles.base, bundles.small);
		expect(bundles.base).toEqual(before);
		const untouched = [...patched].filter(([path, content]) => bundles.base.get(path) === content).length;
		expect(untouched).toBeGreaterThan(ORIGINAL.length - 2);
	});

	it('puts new words into a bundle of many chunks where the browser looks for them', async () => {
		// Enough distinct words that Pagefind splits the index into several chunks.
		const word = (n: number) => `w${(n * 7919) % 10007}x${String.fromCharCode(97 + (n % 26))}`;
		const many = Array.from({ length: 240 }, (_, i) => doc(i, Array.from({ length: 120 }, (_, j) => word(i * 120 + j)).join(' '), filtersOf(i)));
		const edited = doc(17, `${many[17]!.html.match(/<p>([^<]*)<\/p>/)![1]!.split(' ').slice(0, 60).join(' ')} aaaa zzzz mmmnew w5000q`, filtersOf(17));
		const dirs = ['many-base', 'many-small', 'many-scratch'].map((name) => join(root, name));
		await indexPages(many, dirs[0]!);
		await indexPages([edited], dirs[1]!);
		await indexPages(many.map((page, i) => (i === 17 ? edited : page)), dirs[2]!);
		const [manyBase, manySmall, manyScratch] = dirs.map(readBundle);
		const patched = await patchBundle(manyBase!, manySmall!);
		const chunkCount = (files: BundleFiles) => decodeMeta(unwrap([...files].find(([path]) => path.endsWith('.pf_meta'))![1])).chunks.length;
		expect(chunkCount(manyBase!)).toBeGreaterThan(2);
		const actual = describeBundle(patched);
		const expected = describeBundle(manyScratch!);
		expect(actual.words).toEqual(expected.words);
		expect(actual).toEqual(expected);
		// Each new word is in the chunk the browser loads for it.
		const meta = decodeMeta(unwrap([...patched].find(([path]) => path.endsWith('.pf_meta'))![1]));
		for (const term of ['aaaa', 'zzzz', 'mmmnew', 'w5000q']) {
			const chunk = meta.chunks[chunkFor(meta.chunks, term)]!;
			expect(decodeIndexChunk(unwrap(patched.get(`index/${chunk.hash}.pf_index`)!)).map((w) => w.word), term).toContain(term);
		}
	}, 120_000);

	it('splits the chunks again where Pagefind splits them when a page gains many words', async () => {
		// As a reader's note does: words new to the index early in the alphabet push every split after them.
		const word = (n: number) => `w${(n * 7919) % 10007}x${String.fromCharCode(97 + (n % 26))}`;
		const many = Array.from({ length: 240 }, (_, i) => doc(i, Array.from({ length: 120 }, (_, j) => word(i * 120 + j)).join(' '), filtersOf(i)));
		const noted = doc(5, `${many[5]!.html.match(/<p>([^<]*)<\/p>/)![1]!} ${Array.from({ length: 400 }, (_, j) => `b${j}note`).join(' ')}`, filtersOf(5));
		const dirs = ['split-base', 'split-small', 'split-scratch'].map((name) => join(root, name));
		await indexPages(many, dirs[0]!);
		await indexPages([noted], dirs[1]!);
		await indexPages(many.map((page, i) => (i === 5 ? noted : page)), dirs[2]!);
		const [base, small, scratch] = dirs.map(readBundle);
		const ranges = (files: BundleFiles) => decodeMeta(unwrap([...files].find(([path]) => path.endsWith('.pf_meta'))![1])).chunks.map(({ from, to }) => `${from}..${to}`);
		// The change does move Pagefind's splits: kept as they were, the ranges would differ.
		expect(ranges(scratch!)).not.toEqual(ranges(base!));
		const patched = await patchBundle(base!, small!);
		expect(ranges(patched)).toEqual(ranges(scratch!));
		expect(describeBundle(patched)).toEqual(describeBundle(scratch!));
		expect([...patched.keys()].sort()).toEqual([...scratch!.keys()].sort());
	}, 120_000);

	it('refuses a page that is not in the published bundle', async () => {
		const added = join(root, 'added');
		await indexPages([doc(42, 'A brand new paper.', filtersOf(42))], added);
		await expect(patchBundle(bundles.base, readBundle(added))).rejects.toThrow(PatchRefused);
	});

	it('refuses a bundle it cannot read', async () => {
		const broken = new Map(bundles.base);
		const meta = [...broken.keys()].find((path) => path.endsWith('.pf_meta'))!;
		broken.set(meta, Buffer.from('not gzip'));
		await expect(patchBundle(broken, bundles.small)).rejects.toThrow(PatchRefused);
	});
});

describe('a patched bundle in the browser', () => {
	const QUERIES: [string, Record<string, unknown>][] = [
		['learn', {}],
		['rewards', {}],
		['agents learn', {}],
		['zeppelin', {}],
		['cafe', {}],
		['resume', {}],
		['reinforcement', { filters: { tag: 'rl' } }],
		['learn', { filters: { year: '2031' } }],
		['', { filters: { tag: 'airships' } }],
		['meta', {}],
	];

	it('answers every query as the bundle built from scratch does, with the same scores', async () => {
		const patched = await patchBundle(bundles.base, bundles.small);
		writeBundle(patched, join(root, 'site', 'patched', 'pagefind'));
		writeBundle(bundles.scratch, join(root, 'site', 'scratch', 'pagefind'));
		const server = createServer((request, response) => {
			const path = join(root, 'site', decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
			try {
				const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
				response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : path.endsWith('/') ? 'text/html' : 'application/octet-stream' });
				response.end(body);
			} catch {
				response.writeHead(404).end();
			}
		});
		for (const name of ['patched', 'scratch']) writeFileSync(join(root, 'site', name, 'index.html'), '<!doctype html><title>t</title>');
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address() as { port: number };
		const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
		try {
			const run = async (name: string) => {
				const page = await browser.newPage();
				await page.goto(`http://127.0.0.1:${address.port}/${name}/`);
				const answers = await page.evaluate(`(async () => {
					const pagefind = await import('/${name}/pagefind/pagefind.js');
					await pagefind.init();
					const out = [];
					for (const [query, options] of ${JSON.stringify(QUERIES)}) {
						const found = await pagefind.search(query || null, options);
						const top = await Promise.all(found.results.map(async (r) => ({ url: (await r.data()).url.replace('/${name}', ''), score: r.score, words: r.words })));
						out.push({ total: found.results.length, filters: found.filters, top });
					}
					return out;
				})()`);
				await page.close();
				return answers as { total: number; top: { url: string; score: number }[] }[];
			};
			const fromPatch = await run('patched');
			const fromScratch = await run('scratch');
			expect(fromPatch).toEqual(fromScratch);
			expect(fromPatch.find((answer, i) => QUERIES[i]![0] === 'zeppelin')?.total).toBe(1);
		} finally {
			await browser.close();
			server.close();
		}
	});
});
