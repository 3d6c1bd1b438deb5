import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LinkSchema, SourceRefSchema } from '../../src/shared/paper-schema.ts';
import { detectFormat, mergePapers, parseListing } from './index.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const SEED = 'content/sources/hf-papers-few-shot-rl.txt';

describe('detectFormat', () => {
	it('recognises every fixture by its content', () => {
		const cases: [string, string][] = [
			['../../content/sources/hf-papers-few-shot-rl.txt', 'hf-page'],
			['./fixtures/hf-page-navigation/page.txt', 'hf-page'],
			['./fixtures/hf-page-trending-markdown/page.md', 'hf-page'],
			['./fixtures/hf-json-daily/daily.json', 'hf-json'],
			['./fixtures/hf-json-paper/paper.json', 'hf-json'],
			['./fixtures/hf-json-truncated/daily.json', 'hf-json'],
			['./fixtures/bibtex/papers.bib', 'bibtex'],
			['./fixtures/bibtex-unclosed/papers.bib', 'bibtex'],
			['./fixtures/arxiv-atom/feed.xml', 'arxiv-atom'],
			['./fixtures/arxiv-atom-not-atom/rss.xml', 'arxiv-atom'],
		];
		for (const [path, format] of cases) expect([path, detectFormat(read(path), 'listing')]).toEqual([path, format]);
	});

	it('trusts content over the extension and uses the extension only for an empty file', () => {
		expect(detectFormat('[{"paper": {"id": "2305.18290"}}]', 'daily.txt')).toBe('hf-json');
		expect(detectFormat('[![Image 1](https://x.io/a.png)](https://huggingface.co/papers/2501.12948)', 'page.json')).toBe('hf-page');
		expect(detectFormat('', 'empty.bib')).toBe('bibtex');
		expect(detectFormat('  \n', 'empty.xml')).toBe('arxiv-atom');
	});
});

describe('parseListing', () => {
	it('parses with the detected format and says which', () => {
		const result = parseListing(read('./fixtures/bibtex/papers.bib'), 'papers.bib');
		expect(result.format).toBe('bibtex');
		expect(result.papers).toHaveLength(4);
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
						'Found no papers: expected Hugging Face Papers page text (a title line, an abstract line, then "• N authors" and a date).',
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
				expect(paper.abstract.trim(), path).not.toBe('');
				for (const source of paper.sources) expect(SourceRefSchema().safeParse(source).success, path).toBe(true);
				for (const link of paper.links) {
					expect(LinkSchema().safeParse(link).success, `${path} ${link.url}`).toBe(true);
					if (link.span) expect(paper.abstract.slice(link.span.start, link.span.end)).toBe(link.url);
				}
			}
			for (const diagnostic of diagnostics) expect(diagnostic.message, path).toMatch(/expected/i);
		}
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
			authorCount: 5,
			organization: null,
			published: '2023-10-31',
			comments: 1,
			upvotes: 16,
			arxivId: '2310.20587',
			doi: null,
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
