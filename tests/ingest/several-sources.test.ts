/**
 * Several sources at once, on one real build (`node scripts/build.ts`, Astro and Pagefind) of a
 * project copy under a base path, from four sources at once: the seed listing, the overlapping
 * Hugging Face JSON and BibTeX fixtures, and a listing of papers whose titles give the same slug.
 * A reader's note is written in the copy before the build.
 *
 * - overlapping sources merge into one page per paper, and a merged page lists its sources;
 * - the note is rendered under "Notes", inside the Pagefind body, and a real Pagefind search
 *   (Chromium) for a word only the note has finds that paper;
 * - papers with the same title (or the same slug) get distinct, deterministic slugs, and the
 *   build prints the collision.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/bench/chromium.ts';
import { buildSite, removeCopy, runBuild, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll } from '../helpers/html.ts';
import { serveDist, type StaticServer } from '../../scripts/bench/static-server.ts';
import { pageDirs, readPapersJson, readSearchFragments, textContent, type ExportedPaper } from '../helpers/site-data.ts';

const base = '/trust/';
const SEED = 'content/sources/hf-papers-few-shot-rl.txt';
const OVERLAP_JSON = 'scripts/ingest/fixtures/overlap/papers.json';
const OVERLAP_BIB = 'scripts/ingest/fixtures/overlap/papers.bib';
const COLLISIONS = 'listings/slug-collisions.txt';
const SOURCES = ['--source', SEED, '--source', OVERLAP_JSON, '--source', OVERLAP_BIB, '--source', COLLISIONS];
/** Pages of the seed (see tests/build/default-build.test.ts) and of the collisions listing. */
const SEED_PAPERS = 48;
const COLLISION_PAPERS = 4;

/** The RAMario paper of the seed, and a note with a word no listing contains. */
const NOTED = 'ramario-experimental-approach-to-reptile-algorithm-reinforcement-learning-for';
const NOTE_WORD = 'quetzalcoatlus';
const NOTE = `Reading notes: the Reptile inner loop reminds me of ${NOTE_WORD} gliding, long strides between updates.\n\n- compare with **PPO** baselines\n`;
/** The LaMo paper (merged from all three sources), with a note in MDX. */
const MDX_NOTED = 'unleashing-the-power-of-pre-trained-language-models-for-offline-reinforcement';
const MDX_NOTE_WORD = 'axolotl';
const MDX_NOTE = `Try LaMo with a *frozen* backbone; the ${MDX_NOTE_WORD} ablation is in the appendix.\n`;

let built: BuiltSite;
let papers: ExportedPaper[];

beforeAll(() => {
	built = buildSite({
		args: SOURCES,
		env: { BASE_PATH: base },
		prepare: (root) => {
			mkdirSync(join(root, 'listings'));
			copyFileSync(join(import.meta.dirname, 'fixtures/slug-collisions/listing.txt'), join(root, COLLISIONS));
			writeFileSync(join(root, 'content/notes', `${NOTED}.md`), NOTE);
			writeFileSync(join(root, 'content/notes', `${MDX_NOTED}.mdx`), MDX_NOTE);
		},
	});
	papers = readPapersJson(built.dist).papers;
});
afterAll(() => removeCopy(built.root));

const sourcesOf = (paper: ExportedPaper) => new Set(paper.sources.map((s) => s.file));

describe('the seed with overlapping JSON and BibTeX', () => {
	it('builds one page per paper: every JSON and BibTeX record lands on a seed paper', () => {
		const pages = pageDirs(built.dist, 'papers');
		expect(papers.map((p) => p.id).sort()).toEqual(pages);
		// The collisions listing is checked on its own below; here only that nothing else was added.
		expect(pages).toHaveLength(SEED_PAPERS + papers.filter((p) => sourcesOf(p).has(basename(COLLISIONS))).length);
		const fromSeed = papers.filter((p) => sourcesOf(p).has(basename(SEED)));
		expect(fromSeed).toHaveLength(SEED_PAPERS);
		// JSON and BibTeX add no paper of their own: each record merged into a seed paper.
		for (const paper of papers) {
			if (sourcesOf(paper).has(basename(OVERLAP_JSON)) || sourcesOf(paper).has(basename(OVERLAP_BIB))) expect(sourcesOf(paper).has(basename(SEED)), paper.id).toBe(true);
		}
		expect(papers.filter((p) => sourcesOf(p).has(basename(OVERLAP_JSON)))).toHaveLength(2);
		expect(papers.filter((p) => sourcesOf(p).has(basename(OVERLAP_BIB)))).toHaveLength(3);
		expect(built.stdout).toMatch(/\b5 merged\b/);
	});

	it('lists on a merged paper’s page every source it came from, with its format and line', () => {
		const lamo = papers.find((p) => p.arxivId === '2310.20587');
		expect(lamo, 'LaMo').toBeDefined();
		expect(lamo!.sources.map((s) => [s.file, s.format])).toEqual([
			[basename(SEED), 'hf-page'],
			[basename(OVERLAP_JSON), 'hf-json'],
			[basename(OVERLAP_BIB), 'bibtex'],
		]);
		for (const paper of papers.filter((p) => p.sources.length > 1)) {
			const text = textContent(select('main', readPage(built.dist, `papers/${paper.id}/`))!);
			for (const source of paper.sources) {
				expect(text, `${paper.id}: ${source.file}`).toContain(source.file);
				expect(text, `${paper.id}: ${source.file}`).toMatch(new RegExp(`${source.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\W+line ${source.line}\\b`));
				expect(text, `${paper.id}: ${source.format}`).toContain(source.format);
			}
		}
	});

	it('keeps the seed’s full abstract (the richest source) on a merged page', () => {
		const lamo = papers.find((p) => p.arxivId === '2310.20587')!;
		const page = readPage(built.dist, `papers/${lamo.id}/`);
		expect(textContent(select('h2#abstract + p', page)!)).toBe(lamo.abstract);
		expect(lamo.abstract.length).toBeGreaterThan(1000);
	});
});

describe('Hugging Face’s own summary, from the JSON source', () => {
	it('is shown in its own labelled section and kept apart from the extracted annotations', () => {
		const lamo = papers.find((p) => p.arxivId === '2310.20587')!;
		const hf = lamo.huggingFace as { aiSummary: string | null; aiKeywords: string[] } | null;
		expect(hf?.aiSummary).toBe('LaMo fine-tunes pre-trained language models as Decision Transformers for offline RL with limited data.');
		expect(hf?.aiKeywords.length).toBeGreaterThan(0);
		// Our annotations come from the abstract only: the AI summary is not in it, nor in the TL;DR.
		expect(lamo.abstract).not.toContain(hf!.aiSummary);
		expect(lamo.tldr!.text).not.toContain(hf!.aiSummary);
		const page = readPage(built.dist, `papers/${lamo.id}/`);
		const section = selectAll('main section', page).find((s) => textContent(s).includes(hf!.aiSummary!));
		expect(section, 'a section holding the AI summary').toBeDefined();
		expect(textContent(select('h2', section!)!)).toMatch(/Hugging Face/);
		expect(textContent(select('h2#abstract + p', page)!)).not.toContain(hf!.aiSummary);
	});
});

describe('a reader’s note', () => {
	const page = () => readPage(built.dist, `papers/${NOTED}/`);

	it('is rendered on the paper page under "Notes"', () => {
		const tree = page();
		const heading = selectAll('main h2', tree).find((h) => textContent(h).trim() === 'Notes');
		expect(heading, 'Notes heading').toBeDefined();
		const section = selectAll('main section', tree).find((s) => selectAll('h2', s).includes(heading!));
		expect(section, 'Notes section').toBeDefined();
		const text = textContent(section!);
		expect(text).toContain(`the Reptile inner loop reminds me of ${NOTE_WORD} gliding`);
		expect(selectAll('li strong', section!).map((s) => textContent(s))).toEqual(['PPO']);
	});

	it('in MDX is rendered under "Notes" too', () => {
		const tree = readPage(built.dist, `papers/${MDX_NOTED}/`);
		const section = selectAll('main section', tree).find((s) => selectAll('h2', s).some((h) => textContent(h).trim() === 'Notes'));
		expect(section, 'Notes section').toBeDefined();
		expect(textContent(section!)).toContain(`Try LaMo with a frozen backbone; the ${MDX_NOTE_WORD} ablation is in the appendix.`);
		expect(selectAll('em', section!).map((em) => textContent(em))).toEqual(['frozen']);
	});

	it('is left byte for byte as the reader wrote it by the full build', () => {
		expect(readFileSync(join(built.root, 'content/notes', `${NOTED}.md`), 'utf8')).toBe(NOTE);
		expect(readFileSync(join(built.root, 'content/notes', `${MDX_NOTED}.mdx`), 'utf8')).toBe(MDX_NOTE);
		expect(readdirSync(join(built.root, 'content/notes')).sort()).toEqual([`${NOTED}.md`, `${MDX_NOTED}.mdx`].sort());
	});

	it("is in the page's search text, which excerpts are taken from", () => {
		const fragment = readSearchFragments(join(built.dist, 'pagefind')).get(`/papers/${NOTED}/`);
		expect(fragment?.content).toContain(NOTE_WORD);
	});

	it('is not shown on any other page', () => {
		const others = pageDirs(built.dist, 'papers').filter((id) => id !== NOTED && textContent(readPage(built.dist, `papers/${id}/`)).includes(NOTE_WORD));
		expect(existsSync(join(built.dist, 'papers', NOTED, 'index.html'))).toBe(true);
		expect(others).toEqual([]);
	});

	describe('in a real Pagefind search', () => {
		let server: StaticServer;
		let browser: Browser;
		beforeAll(async () => {
			server = await serveDist(built.dist, base);
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it.each([
			[NOTE_WORD, NOTED],
			[MDX_NOTE_WORD, MDX_NOTED],
		])('finds the paper by a word only its note contains ("%s")', async (word, id) => {
			const tab = await browser.newPage();
			await tab.goto(server.url);
			// A string, not a function: Vitest would rewrite `import()` inside a function body.
			const urls = (await tab.evaluate(`(async () => {
				const pagefind = await import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)});
				await pagefind.init();
				const found = await pagefind.search(${JSON.stringify(word)});
				return Promise.all(found.results.map(async (r) => (await r.data()).url));
			})()`)) as string[];
			await tab.close();
			expect(urls).toEqual([`${base}papers/${id}/`]);
		});
	});
});

describe('papers whose titles collide', () => {
	const collisionPapers = () => papers.filter((p) => sourcesOf(p).has(basename(COLLISIONS)));
	const slugsOf = (title: string) => collisionPapers().filter((p) => p.title === title).map((p) => p.id).sort();
	const SAME_TITLE = 'Curiosity-Driven Exploration with Sparse Rewards in Procedurally Generated Mazes';
	const LONG_TITLES = /^Scaling Offline Reinforcement Learning with Diffusion World Models for Long-Horizon Robotic Manipulation: /;

	it('keeps two papers with the same title but different arXiv ids apart, each with its own abstract', () => {
		const same = collisionPapers().filter((p) => p.title === SAME_TITLE);
		expect(same.map((p) => [p.arxivId, p.abstract.slice(0, 30)]).sort()).toEqual([
			['2401.04417', 'Agents trained with sparse rew'],
			['2406.11873', 'We revisit curiosity bonuses f'],
		]);
	});

	it('gives every paper of the collisions listing its own page', () => {
		expect(collisionPapers()).toHaveLength(COLLISION_PAPERS);
		expect(new Set(collisionPapers().map((p) => p.id)).size).toBe(COLLISION_PAPERS);
		for (const paper of collisionPapers()) expect(existsSync(join(built.dist, 'papers', paper.id, 'index.html')), paper.id).toBe(true);
	});

	it('gives two same-titled papers distinct slugs', () => {
		expect(slugsOf(SAME_TITLE)).toHaveLength(2);
		expect(new Set(slugsOf(SAME_TITLE)).size).toBe(2);
	});

	it('gives two titles that only differ after the slug length distinct slugs', () => {
		const ids = collisionPapers().filter((p) => LONG_TITLES.test(p.title)).map((p) => p.id);
		expect(ids).toHaveLength(2);
		expect(new Set(ids).size).toBe(2);
	});

	it('prints each collision with the slugs it chose', () => {
		const output = `${built.stdout}\n${built.stderr}`;
		expect(output).toMatch(/slug collision/i);
		for (const paper of collisionPapers().filter((p) => p.title === SAME_TITLE || LONG_TITLES.test(p.title))) {
			expect(output, paper.id).toContain(paper.id);
		}
	});

	it('chooses the same slugs when the same input is built again', () => {
		const before = readdirSync(join(built.root, 'content/papers')).sort();
		const again = runBuild(built.root, ['--no-site', ...SOURCES]);
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).toContain(`(0 written, ${papers.length} unchanged, 0 removed)`);
		expect(readdirSync(join(built.root, 'content/papers')).sort()).toEqual(before);
		expect(again.stderr.match(/slug collision.*/gi)).toEqual(built.stderr.match(/slug collision.*/gi));
	});
});
