import { describe, expect, it } from 'vitest';
import { mergePapers, parseListing } from '../ingest/index.ts';
import { keyOf } from './evaluate.ts';
import { parseGold } from './gold.ts';
import { splitAiKeywords } from './split-ai-keywords.ts';

// A daily-papers response as the API writes it: line breaks inside texts, the keywords beside the
// abstract, one paper too new to have keywords yet, and one `/api/papers` record without a wrapper.
const response = [
	{
		paper: {
			id: '2509.24002',
			title: 'MCPMark: A Benchmark for Stress-Testing Realistic and Comprehensive MCP\n  Use',
			summary: 'MCP standardizes how LLMs interact with external systems, forming the\nfoundation for general agents.',
			publishedAt: '2025-09-28T17:53:27.000Z',
			upvotes: 118,
			authors: [{ name: 'Zijian Wu' }],
			ai_summary: 'MCPMark is a comprehensive benchmark.',
			ai_keywords: ['MCP', 'LLMs', 'general agents'],
		},
		title: 'MCPMark: A Benchmark for Stress-Testing Realistic and Comprehensive MCP Use',
		numComments: 3,
	},
	{ paper: { id: '2510.00001', title: 'A paper too new', summary: 'We study a thing.', upvotes: 2 } },
	{ id: '2407.13168', title: 'SciCode: A Research Coding Benchmark Curated by Scientists', summary: 'We created a scientist-curated coding benchmark, SciCode.', ai_keywords: ['coding benchmark'] },
];

describe('splitAiKeywords', () => {
	const split = splitAiKeywords(response, 'hf-test', 'nlp');

	it('keeps the papers with keywords and an abstract, and counts the rest', () => {
		expect([split.kept, split.leftOut]).toEqual([2, 1]);
	});

	it('writes a listing without the keywords, texts on one line, that paperfold reads', () => {
		expect(split.listing).not.toMatch(/ai_keywords|ai_summary|authors/);
		const papers = mergePapers(parseListing(split.listing, 'hf-test.json').papers).papers;
		expect(papers.map((p) => [p.title, p.abstract])).toEqual([
			['MCPMark: A Benchmark for Stress-Testing Realistic and Comprehensive MCP Use', 'MCP standardizes how LLMs interact with external systems, forming the foundation for general agents.'],
			['SciCode: A Research Coding Benchmark Curated by Scientists', 'We created a scientist-curated coding benchmark, SciCode.'],
		]);
	});

	it('writes keyword-only gold that pairs with the listing by key and title, keywords verbatim and in order', () => {
		const gold = parseGold(split.gold, 'hf-test.gold.json');
		const papers = mergePapers(parseListing(split.listing, 'hf-test.json').papers).papers;
		expect(gold.listing).toBe('hf-test.json');
		expect(gold.papers.map((p) => [p.key, p.title, p.field, p.keywordSource, p.keywords])).toEqual(
			papers.map((p, i) => [keyOf(p), p.title, 'nlp', 'ai_keywords', i === 0 ? ['MCP', 'LLMs', 'general agents'] : ['coding benchmark']]),
		);
	});
});
