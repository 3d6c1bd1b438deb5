import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from './hf-page.ts';
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
