import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LinkSchema, SourceRefSchema } from '../../src/shared/paper-schema.ts';
import { FORMATS } from './formats.ts';
import { describeFormats, detectFormat, mergePapers, parseListing } from './index.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const SEED = 'content/sources/hf-papers-few-shot-rl.txt';

const CSL = './fixtures/csl-json/zotero-library.json';
const detect = (text: string, file = 'listing') => detectFormat(text, file).id;

describe('detectFormat', () => {
	it('recognises every fixture by its content', () => {
		const cases: [string, string][] = [
			['../../content/sources/hf-papers-few-shot-rl.txt', 'hf-page'],
			['./fixtures/hf-page-navigation/page.txt', 'hf-page'],
			['./fixtures/hf-page-trending-markdown/page.md', 'hf-page'],
			['./fixtures/hf-page-trending-copy/page.md', 'hf-page'],
			['./fixtures/hf-page-trending-copy/page.txt', 'hf-page'],
			['./fixtures/hf-json-daily/daily.json', 'hf-json'],
			['./fixtures/hf-json-paper/paper.json', 'hf-json'],
			['./fixtures/hf-json-search/search.json', 'hf-json'],
			['./fixtures/hf-json-truncated/daily.json', 'hf-json'],
			[CSL, 'csl-json'],
			['./fixtures/csl-json/zotero-library.bib', 'bibtex'],
			['./fixtures/bibtex/papers.bib', 'bibtex'],
			['./fixtures/bibtex-unclosed/papers.bib', 'bibtex'],
			['./fixtures/arxiv-atom/feed.xml', 'arxiv-atom'],
			['./fixtures/arxiv-atom-not-atom/rss.xml', 'arxiv-atom'],
		];
		for (const [path, format] of cases) expect([path, detect(read(path))]).toEqual([path, format]);
	});

	it('tells CSL-JSON from Hugging Face JSON by the keys of the first record', () => {
		expect(detect('[{"id": "Sher2019Review", "type": "article", "title": "Review"}]')).toBe('csl-json');
		expect(detect('{"id": "OpenAI2023GPT4", "type": "report", "author": [{"literal": "OpenAI"}]}')).toBe('csl-json');
		expect(detect('{"id": "1703.03400", "title": "MAML", "summary": "We propose…"}')).toBe('hf-json');
		expect(detect('[{"paper": {"id": "2305.18290", "type": "x"}, "title": "DPO"}]')).toBe('hf-json');
		// JSON of neither shape goes to the Hugging Face reader, which says what it expected.
		expect(detect('[{"name": "not a paper"}]')).toBe('hf-json');
	});

	it("reads CSL-JSON as Zotero's web API wraps it, each item at its own line", () => {
		const text = read(CSL);
		const wrapped = `{"items": ${text}}`;
		expect(detect(wrapped)).toBe('csl-json');
		const bare = parseListing(text, 'library.json');
		const fromApi = parseListing(wrapped, 'library.json');
		expect(fromApi.diagnostics).toEqual(bare.diagnostics);
		expect(fromApi.papers.map((paper) => [paper.title, paper.sources[0]?.line])).toEqual(bare.papers.map((paper) => [paper.title, paper.sources[0]?.line]));
	});

	it('still recognises a CSL-JSON file that breaks off, so its error is reported by position', () => {
		const text = read(CSL);
		expect(detect(text.slice(0, text.length / 2))).toBe('csl-json');
	});

	it('trusts content over the extension and uses the extension only for an empty file', () => {
		expect(detect('[{"paper": {"id": "2305.18290"}}]', 'daily.txt')).toBe('hf-json');
		expect(detect('[![Image 1](https://x.io/a.png)](https://huggingface.co/papers/2501.12948)', 'page.json')).toBe('hf-page');
		expect(detect('', 'empty.bib')).toBe('bibtex');
		expect(detect('  \n', 'empty.xml')).toBe('arxiv-atom');
		expect(detect('', 'library.csl.json')).toBe('csl-json');
		expect(detect('', 'daily.json')).toBe('hf-json');
		expect(detect('', 'listing')).toBe('hf-page');
	});
});

describe('FORMATS', () => {
	it('has one kebab-case id per format, each accepted by the page schema', () => {
		const ids = FORMATS.map((format) => format.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const format of ids) expect(SourceRefSchema().safeParse({ file: 'f', format, line: 1 }).success, format).toBe(true);
	});
});

describe('describeFormats', () => {
	it('lists every format with its description, within 80 columns', () => {
		const help = describeFormats();
		for (const format of FORMATS) expect(help.replace(/\s+/g, ' ')).toContain(`${format.id} ${format.describe}`);
		for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
	});
});

describe('parseListing', () => {
	it('parses with the detected format and says which', () => {
		const result = parseListing(read('./fixtures/bibtex/papers.bib'), 'papers.bib');
		expect(result.format).toBe('bibtex');
		expect(result.papers).toHaveLength(5);
	});

	it('warns when a file yields nothing at all, saying what was expected', () => {
		expect(parseListing('Just some notes.\n', 'notes.txt')).toEqual({
			format: 'hf-page',
			papers: [],
			diagnostics: [
				{
					severity: 'warning',
					file: 'notes.txt',
					line: 1,
					message:
						'Found no papers: expected Hugging Face Papers page text (a title line, an abstract line, then "• N authors" and a date, or a "### [title](…/papers/<id>)" heading per card).',
				},
			],
		});
	});

	it('reports a CSL-JSON file that breaks off at its end, naming what is left open', () => {
		const text = read(CSL);
		const cut = text.slice(0, text.indexOf('"Farnell2019Total"') + 40);
		expect(parseListing(cut, 'zotero.json')).toMatchObject({
			format: 'csl-json',
			papers: [],
			diagnostics: [
				{
					severity: 'error',
					file: 'zotero.json',
					line: 4,
					column: 49,
					message: `The JSON ends early: expected '"' to close the string opened at line 4, column 39.`,
				},
			],
		});
	});

	it('ignores a byte-order mark', () => {
		expect(parseListing('\uFEFF{"id": "1703.03400", "title": "T", "summary": "S"}', 'p.json').papers).toHaveLength(1);
	});
});

describe('parseListing on every fixture', () => {
	const fixtures = readdirSync(fileURLToPath(new URL('./fixtures', import.meta.url)), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name !== 'README.md')
		.map((entry) => `${entry.parentPath}/${entry.name}`);

	it('yields records the page schema accepts, with spans that point at their URLs', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(15);
		for (const path of fixtures) {
			const { papers, diagnostics } = parseListing(readFileSync(path, 'utf8'), path);
			expect(papers.length + diagnostics.length, path).toBeGreaterThan(0);
			for (const paper of papers) {
				expect(paper.title.trim(), path).not.toBe('');
				for (const source of paper.sources) expect(SourceRefSchema().safeParse(source).success, path).toBe(true);
				for (const link of paper.links) {
					expect(LinkSchema().safeParse(link).success, `${path} ${link.url}`).toBe(true);
					if (link.span) expect(paper.abstract.slice(link.span.start, link.span.end)).toBe(link.url);
				}
			}
			for (const diagnostic of diagnostics) expect(diagnostic.message, path).toMatch(/expected/i);
		}
	});

	it('keeps link spans on their URLs in the real exports of the development sets, labels taken off included', () => {
		const listings = fileURLToPath(new URL('../eval/listings', import.meta.url));
		const files = readdirSync(listings).filter((name) => /\.(bib|json|xml)$/.test(name));
		expect(files.length).toBeGreaterThanOrEqual(15);
		let links = 0;
		for (const name of files) {
			for (const paper of parseListing(readFileSync(`${listings}/${name}`, 'utf8'), name).papers) {
				for (const link of paper.links.filter((l) => l.span)) {
					links++;
					expect(paper.abstract.slice(link.span!.start, link.span!.end), `${name}: ${paper.title}`).toBe(link.url);
				}
			}
		}
		expect(links).toBeGreaterThan(0);
	});
});

describe('mergePapers across the seed, a JSON and a BibTeX listing that overlap it', () => {
	const seed = parseListing(read(`../../${SEED}`), SEED);
	const json = parseListing(read('./fixtures/overlap/papers.json'), 'overlap/papers.json');
	const bib = parseListing(read('./fixtures/overlap/papers.bib'), 'overlap/papers.bib');
	const { papers, merged } = mergePapers([...seed.papers, ...json.papers, ...bib.papers]);

	it('reads every source cleanly', () => {
		expect([seed.diagnostics, json.diagnostics, bib.diagnostics]).toEqual([[], [], []]);
		expect([seed.papers.length, json.papers.length, bib.papers.length]).toEqual([48, 2, 3]);
	});

	it('yields one record per paper, in the seed order', () => {
		expect(merged).toBe(5);
		expect(papers.map((paper) => paper.title)).toEqual(seed.papers.map((paper) => paper.title));
	});

	it('fills LaMo from all three sources, keeping the richest value of each field', () => {
		const lamo = papers.find((paper) => paper.title.startsWith('Unleashing the Power'));
		const fromSeed = seed.papers.find((paper) => paper.title.startsWith('Unleashing the Power'));
		expect(lamo).toEqual({
			title: 'Unleashing the Power of Pre-trained Language Models for Offline Reinforcement Learning',
			abstract: fromSeed?.abstract,
			authors: ['Ruizhe Shi', 'Yuyao Liu', 'Yanjie Ze', 'Simon S. Du', 'Huazhe Xu'],
			abstractSections: [],
			authorCount: 5,
			organization: null,
			published: '2023-10-31',
			comments: 1,
			upvotes: 16,
			arxivId: '2310.20587',
			doi: null,
			venue: null,
			links: [
				{ url: 'https://lamo2023.github.io', kind: 'project', span: { start: 1396, end: 1422, text: 'https://lamo2023.github.io' } },
				{ url: 'https://huggingface.co/papers/2310.20587', kind: 'huggingface' },
			],
			huggingFace: {
				aiSummary: 'LaMo fine-tunes pre-trained language models as Decision Transformers for offline RL with limited data.',
				aiKeywords: ['offline reinforcement learning', 'Decision Transformers', 'LoRA'],
			},
			sources: [
				{ file: SEED, format: 'hf-page', line: 69 },
				{ file: 'overlap/papers.json', format: 'hf-json', line: 2 },
				{ file: 'overlap/papers.bib', format: 'bibtex', line: 10 },
			],
		});
	});

	it('matches BibTeX titles with braces and LaTeX dashes to the page titles', () => {
		const sourcesOf = (prefix: string) =>
			papers.find((paper) => paper.title.startsWith(prefix))?.sources.map((source) => `${source.format}:${source.line}`);
		expect(sourcesOf('RAMario')).toEqual(['hf-page:61', 'bibtex:4']);
		expect(sourcesOf('Part I: Tricks or Traps?')).toEqual(['hf-page:309', 'bibtex:20']);
		expect(sourcesOf('RLPrompt')).toEqual(['hf-page:37', `hf-json:${json.papers[1].sources[0].line}`]);
	});
});

describe('mergePapers across the CSL-JSON and BibTeX exports of one Zotero library', () => {
	const csl = parseListing(read(CSL), 'zotero-library.json');
	const bib = parseListing(read('./fixtures/csl-json/zotero-library.bib'), 'zotero-library.bib');
	const { papers, merged } = mergePapers([...csl.papers, ...bib.papers]);

	it('reads both, listing the one paper without an abstract in each and saying so once a file', () => {
		expect([csl.papers.length, bib.papers.length]).toEqual([13, 8]);
		expect([csl.diagnostics, bib.diagnostics].map((list) => list.map((d) => `${d.line}:${d.recordKept}:${d.message}`))).toEqual([
			[expect.stringMatching(/^11:true:"Clinical use of intracoronary imaging\. Part 1: .*" has no abstract: listed by title and details, without a TL;DR or annotations: expected an abstract/)],
			[expect.stringMatching(/^102:true:"Clinical use of intracoronary imaging\. Part 1: .*" has no abstract: listed by title and details/i)],
		]);
	});

	it('counts a file\'s papers without an abstract in one warning, at the first of them', () => {
		const bare = (key: string) => `@article{${key}, title = {Paper ${key}}, year = {2020}}\n`;
		const { papers, diagnostics } = parseListing(`${bare('a')}@article{b, title = {Paper b}, abstract = {We study b.}}\n${bare('c')}`, 'dblp.bib');
		expect(papers.map((paper) => paper.abstract)).toEqual(['', 'We study b.', '']);
		expect(diagnostics).toEqual([
			{ severity: 'warning', file: 'dblp.bib', line: 1, recordKept: true, message: '2 papers have no abstract (the first, "Paper a", here): listed by title and details, without a TL;DR or annotations: expected an abstract to annotate.' },
		]);
	});

	it('gives each paper one record, whether matched by DOI, by arXiv id or both', () => {
		expect(merged).toBe(8);
		expect(papers).toHaveLength(13);
		expect(papers.map((paper) => paper.sources.map((source) => `${source.format}:${source.line}`))).toEqual([
			['csl-json:2', 'bibtex:1'],
			['csl-json:3', 'bibtex:13'],
			['csl-json:4', 'bibtex:29'],
			['csl-json:5', 'bibtex:46'],
			['csl-json:6'],
			['csl-json:7', 'bibtex:66'],
			['csl-json:8'],
			['csl-json:9'],
			['csl-json:10', 'bibtex:82'],
			['csl-json:11', 'bibtex:102'],
			['csl-json:12'],
			['csl-json:13'],
			['csl-json:14', 'bibtex:118'],
		]);
	});

	it('keeps the CSL record first and fills what it lacks from BibTeX', () => {
		const farnell = papers.find((paper) => paper.arxivId === '1906.10603');
		expect(farnell).toMatchObject({
			title: 'Total variation vs L1 regularization: a comparison of compressive sensing optimization methods for chemical detection',
			published: '2019-06-25',
			abstractSections: [],
			authorCount: 6,
			doi: null,
			venue: null,
		});
	});
});
