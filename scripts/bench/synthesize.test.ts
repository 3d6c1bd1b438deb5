import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHfPapersPage } from '../ingest/hf-page.ts';
import { normaliseTitle } from '../ingest/merge.ts';
import { renderHfPapersPage, splitSentences, synthesizePapers } from './synthesize.ts';

const seedFile = new URL('../../content/sources/hf-papers-few-shot-rl.txt', import.meta.url);
const seeds = parseHfPapersPage(readFileSync(seedFile, 'utf8'), 'seed').papers;

describe('synthesizePapers', () => {
	it('makes the requested number of papers with distinct titles', () => {
		const papers = synthesizePapers(seeds, 500);
		expect(papers).toHaveLength(500);
		expect(new Set(papers.map((p) => normaliseTitle(p.title))).size).toBe(500);
	});

	it('is deterministic and prefix-stable: a shorter list is the start of a longer one', () => {
		expect(synthesizePapers(seeds, 50)).toEqual(synthesizePapers(seeds, 200).slice(0, 50));
		expect(synthesizePapers(seeds, 20, 2)).not.toEqual(synthesizePapers(seeds, 20, 1));
	});

	it('builds abstracts only from seed sentences, with realistic dates and some links', () => {
		const seedSentences = new Set(seeds.flatMap((s) => splitSentences(s.abstract)));
		const papers = synthesizePapers(seeds, 300);
		const first = papers[0];
		// The method renaming changes words, so compare sentences with names and URLs blanked.
		const blank = (s: string) => s.replace(/https?:\/\/\S+/g, 'URL').replace(/\b[A-Z][\w-]*\b/g, 'N');
		const known = new Set([...seedSentences].map(blank));
		expect(splitSentences(first.abstract).some((s) => known.has(blank(s)))).toBe(true);
		for (const paper of papers) {
			expect(paper.published >= '2018-01-01' && paper.published <= '2025-12-31').toBe(true);
			expect(paper.abstract.length).toBeGreaterThanOrEqual(200);
		}
		expect(papers.filter((p) => /https:\/\/github\.com\//.test(p.abstract)).length).toBeGreaterThan(30);
	});
});

describe('renderHfPapersPage', () => {
	it('writes a page our Hugging Face parser reads back field for field', () => {
		const papers = synthesizePapers(seeds, 200);
		const { papers: parsed, diagnostics } = parseHfPapersPage(renderHfPapersPage(papers), 'synthetic.txt');
		expect(diagnostics).toEqual([]);
		expect(parsed.map((p) => [p.title, p.abstract, p.authorCount, p.published, p.comments])).toEqual(
			papers.map((p) => [p.title, p.abstract, p.authorCount, p.published, p.comments]),
		);
	});
});
