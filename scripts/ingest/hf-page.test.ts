import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from './hf-page.ts';
import { parseFixture as parseFixtureWith } from './parse-fixture.ts';
import type { RawPaper } from './types.ts';

const SEED = 'content/sources/hf-papers-few-shot-rl.txt';
const seedText = readFileSync(fileURLToPath(new URL(`../../${SEED}`, import.meta.url)), 'utf8');
const seedLines = seedText.split('\n');
const seed = parseHfPapersPage(seedText, SEED);

/** The abstract as the seed holds it: the whole line (1-based) after the title's blank line. */
const lineAt = (line: number) => seedLines[line - 1];
const byTitle = (title: string): RawPaper | undefined => seed.papers.find((paper) => paper.title === title);
const empty = { authors: [], organization: null, upvotes: null, arxivId: null, doi: null, huggingFace: null };

describe('parseHfPapersPage on the seed listing', () => {
	it('reads every title-and-abstract card and reports nothing', () => {
		// The seed holds 48 titles with abstracts: 47 full cards plus GoRL, whose author and date lines are missing.
		expect(seed.papers).toHaveLength(48);
		expect(seed.diagnostics).toEqual([]);
		expect(seed.papers.filter((paper) => paper.authorCount !== null)).toHaveLength(47);
	});

	it('skips the page chrome and starts with the first card', () => {
		expect(seed.papers[0].title).toBe('Few-shot In-Context Preference Learning Using Large Language Models');
		expect(seed.papers.map((paper) => paper.title)).not.toContain('Daily Papers');
		expect(seed.papers.at(-1)?.title).toBe('Model-Based Transfer Learning for Contextual Reinforcement Learning');
	});

	it('reads RAMario with its author count, date and code link without the sentence dot', () => {
		expect(byTitle('RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario')).toEqual({
			...empty,
			title: 'RAMario: Experimental Approach to Reptile Algorithm -- Reinforcement Learning for Mario',
			abstract: lineAt(63),
			authorCount: 1,
			published: '2023-05-16',
			comments: null,
			links: [
				{
					url: 'https://github.com/s4nyam/RAMario',
					kind: 'code',
					span: { start: 1476, end: 1509, text: 'https://github.com/s4nyam/RAMario' },
				},
			],
			sources: [{ file: SEED, format: 'hf-page', line: 61 }],
		});
	});

	it('reads the number after the date of LaMo as its comment count', () => {
		expect(byTitle('Unleashing the Power of Pre-trained Language Models for Offline Reinforcement Learning')).toEqual({
			...empty,
			title: 'Unleashing the Power of Pre-trained Language Models for Offline Reinforcement Learning',
			abstract: lineAt(71),
			authorCount: 5,
			published: '2023-10-31',
			comments: 1,
			links: [
				{
					url: 'https://lamo2023.github.io',
					kind: 'project',
					span: { start: 1396, end: 1422, text: 'https://lamo2023.github.io' },
				},
			],
			sources: [{ file: SEED, format: 'hf-page', line: 69 }],
		});
	});

	it('keeps a question mark inside a title and reads 15 authors and 4 comments', () => {
		expect(byTitle('Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning')).toEqual({
			...empty,
			title: 'Part I: Tricks or Traps? A Deep Dive into RL for LLM Reasoning',
			abstract: lineAt(311),
			authorCount: 15,
			published: '2025-08-11',
			comments: 4,
			links: [],
			sources: [{ file: SEED, format: 'hf-page', line: 309 }],
		});
	});

	it('reads the ICPL card that follows the leading date line, with its project page', () => {
		expect(seed.papers[0]).toEqual({
			...empty,
			title: 'Few-shot In-Context Preference Learning Using Large Language Models',
			abstract: lineAt(15),
			authorCount: 8,
			published: '2024-10-22',
			comments: null,
			links: [
				{
					url: 'https://sites.google.com/view/few-shot-icpl/home',
					kind: 'project',
					span: { start: 1367, end: 1415, text: 'https://sites.google.com/view/few-shot-icpl/home' },
				},
			],
			sources: [{ file: SEED, format: 'hf-page', line: 13 }],
		});
	});

	it('keeps GoRL, whose card has no author or date line, and gives its metadata to nobody else', () => {
		expect(byTitle('GoRL: An Algorithm-Agnostic Framework for Online Reinforcement Learning with Generative Policies')).toEqual({
			...empty,
			title: 'GoRL: An Algorithm-Agnostic Framework for Online Reinforcement Learning with Generative Policies',
			abstract: lineAt(319),
			authorCount: null,
			published: null,
			comments: null,
			links: [],
			sources: [{ file: SEED, format: 'hf-page', line: 317 }],
		});
		expect(byTitle('Submodular Reinforcement Learning')).toMatchObject({ authorCount: 4, published: '2023-07-25' });
	});

	it('gives every abstract link a span that points at its URL', () => {
		const links = seed.papers.flatMap((paper) => paper.links.map((link) => ({ link, abstract: paper.abstract })));
		expect(links).toHaveLength(10);
		for (const { link, abstract } of links) {
			expect(link.span && abstract.slice(link.span.start, link.span.end)).toBe(link.url);
			expect(link.url).not.toMatch(/[.,;]$/);
		}
	});
});

const parseFixture = (name: string) => parseFixtureWith(parseHfPapersPage, name);

describe('parseHfPapersPage on copies that keep the site navigation', () => {
	const page = parseFixture('hf-page-navigation/page.txt');

	it('skips menu words with their URL lines, the search query and the period tabs', () => {
		expect(page.diagnostics).toEqual([]);
		expect(page.papers.map((paper) => paper.title)).toEqual([
			'DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models',
			'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
			'Training language models to follow instructions with human feedback',
		]);
	});

	it('joins a wrapped title, reads the upvote box, the arXiv id, a split author link and a comment line', () => {
		expect(page.papers[0]).toEqual({
			...empty,
			title: 'DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models',
			abstract: page.lines[32],
			authorCount: 9,
			published: '2024-02-05',
			comments: 7,
			upvotes: 12,
			arxivId: '2402.03300',
			links: [{ url: 'https://huggingface.co/papers/2402.03300', kind: 'huggingface' }],
			sources: [{ file: page.file, format: 'hf-page', line: 29 }],
		});
	});

	it('reads an organisation in place of the author count and leaves a yearless date unknown', () => {
		const abstract = page.lines[45];
		expect(page.papers[1]).toEqual({
			...empty,
			title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
			abstract,
			authorCount: null,
			organization: 'Stanford University',
			published: null,
			comments: null,
			upvotes: null,
			arxivId: '2305.18290',
			links: [
				{
					url: 'https://github.com/eric-mitchell/direct-preference-optimization',
					kind: 'code',
					span: {
						start: abstract.indexOf('https://'),
						end: abstract.length - 1,
						text: 'https://github.com/eric-mitchell/direct-preference-optimization',
					},
				},
				{ url: 'https://huggingface.co/papers/2305.18290', kind: 'huggingface' },
			],
			sources: [{ file: page.file, format: 'hf-page', line: 43 }],
		});
	});

	it('reads an organisation given as a Markdown link split over lines', () => {
		expect(page.papers[2]).toMatchObject({ organization: 'OpenAI', authorCount: null, upvotes: 41, comments: 3 });
		expect(page.papers[2].published).toBe('2022-03-04');
	});
});

describe('parseHfPapersPage on Markdown copies of the trending page', () => {
	const page = parseFixture('hf-page-trending-markdown/page.md');

	it('keeps each card once, completed from both of its copies', () => {
		expect(page.diagnostics).toEqual([]);
		expect(page.papers).toHaveLength(2);
		expect(page.papers[1]).toEqual({
			...empty,
			title: 'DAPO: An Open-Source LLM Reinforcement Learning System at Scale',
			abstract: page.lines[26],
			authorCount: 16,
			published: '2025-03-18',
			comments: null,
			arxivId: '2503.14476',
			links: [{ url: 'https://huggingface.co/papers/2503.14476', kind: 'huggingface' }],
			sources: [{ file: page.file, format: 'hf-page', line: 24 }],
		});
	});

	it('takes the repository link after a card and strips the bracket after an abstract URL', () => {
		const [r1] = page.papers;
		expect(r1).toMatchObject({ arxivId: '2501.12948', published: '2025-01-22', authorCount: null, sources: [{ line: 16 }] });
		expect(r1.links.map(({ url, kind }) => [url, kind])).toEqual([
			['https://huggingface.co/deepseek-ai', 'huggingface'],
			['https://huggingface.co/papers/2501.12948', 'huggingface'],
			['https://github.com/deepseek-ai/DeepSeek-R1', 'code'],
		]);
	});
});

describe('parseHfPapersPage on a card without an abstract', () => {
	const page = parseFixture('hf-page-no-abstract/page.txt');

	it('skips the card with a warning on its title line and keeps its neighbours intact', () => {
		expect(page.diagnostics).toEqual([
			{
				severity: 'warning',
				file: page.file,
				line: 15,
				message: 'Skipped "On First-Order Meta-Learning Algorithms": expected an abstract line after the title, found none.',
			},
		]);
		expect(page.papers.map((paper) => [paper.title, paper.authorCount, paper.published, paper.comments])).toEqual([
			['Proximal Policy Optimization Algorithms', 5, '2017-07-20', null],
			['Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks', 3, '2017-03-09', null],
		]);
	});
});

describe('parseHfPapersPage on short abstracts and other line endings', () => {
	it('reads a short abstract by its place between the title and the card metadata', () => {
		const text = [
			'Daily Papers',
			'',
			'Braces {x} and <script>alert(1)</script>',
			'',
			'An abstract with $\\alpha$, `code` and *stars*.',
			'',
			'  • 2 authors',
			'·',
			'Jan 2, 2024',
			'',
			'A title without abstract',
			'',
			'  • 1 authors',
			'·',
			'Jan 3, 2024',
		].join('\n');
		const { papers, diagnostics } = parseHfPapersPage(text, 'short.txt');
		expect(papers).toEqual([
			{
				...empty,
				title: 'Braces {x} and <script>alert(1)</script>',
				abstract: 'An abstract with $\\alpha$, `code` and *stars*.',
				authorCount: 2,
				published: '2024-01-02',
				comments: null,
				links: [],
				sources: [{ file: 'short.txt', format: 'hf-page', line: 3 }],
			},
		]);
		expect(diagnostics).toEqual([
			{
				severity: 'warning',
				file: 'short.txt',
				line: 11,
				message: 'Skipped "A title without abstract": expected an abstract line after the title, found none.',
			},
		]);
	});

	it('reads a copy with Windows line endings exactly like the original', () => {
		expect(parseHfPapersPage(seedText.replaceAll('\n', '\r\n'), SEED)).toEqual(seed);
	});
});
