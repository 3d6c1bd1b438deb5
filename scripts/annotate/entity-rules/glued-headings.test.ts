import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isGluedHeading, isGluedHeadingOfWord } from './glued-headings.ts';

describe('isGluedHeading', () => {
	it('knows a heading glued to an opening word, and nothing else', () => {
		for (const token of ['AbstractWe', 'BackgroundThe', 'ResultsOur', 'ConclusionsThese']) expect(isGluedHeading(token), token).toBe(true);
		for (const token of ['AbstractNet', 'SummaryQA', 'ResultWeaver', 'Abstract', 'CDaR']) expect(isGluedHeading(token), token).toBe(false);
	});

	it("knows an epigraph's attribution glued to the quantifier or determiner that opens the text", () => {
		for (const token of ['RefereeSeveral', 'PoetNumerous', 'NovelistThe', 'ChemistThese']) expect(isGluedHeading(token), token).toBe(true);
		for (const token of ['WorldMirror', 'MimBuild', 'PoetWe2', 'AThe', 'DeepSeek']) expect(isGluedHeading(token), token).toBe(false);
	});
});

describe('isGluedHeadingOfWord', () => {
	it('knows a heading glued to a word the text also writes in lower case', () => {
		const text = 'Recent FindingsNoise has been highlighted as a concern. The noise of drones is tonal.';
		expect(isGluedHeadingOfWord('FindingsNoise', text)).toBe(true);
		expect(isGluedHeadingOfWord('ResultsDrones', 'ResultsDrones fly. Small drones hover.')).toBe(true);
	});

	it('keeps a coined name whose second word the text never writes in lower case', () => {
		expect(isGluedHeadingOfWord('ResultWeaver', 'ResultWeaver merges ranked results.')).toBe(false);
		expect(isGluedHeadingOfWord('SummaryNet', 'SummaryNet writes summaries of a net-like graph.')).toBe(false);
		expect(isGluedHeadingOfWord('FindingsNoise', 'FindingsNoise is our tool.')).toBe(false);
	});
});

describe('glued headings in extractEntities', () => {
	it('drops a heading glued to a noun that opens the section (Springer\'s run-on headings)', () => {
		const abstract = 'Purpose of ReviewThis review surveys drone noise. Recent FindingsNoise has been highlighted as a concern, and the noise of drones is tonal.';
		expect(extractEntities('Drone noise: a review', abstract, emptyLexicons()).map((e) => e.name)).toEqual([]);
	});

	it('drops the glued heading a publisher export leaves and keeps the names after it', () => {
		const abstract = 'AbstractWe propose a family of risk measures, Conditional Value-at-Risk (CVaR) among them. The CVaR is a mean.';
		expect(extractEntities('Risk measures', abstract, emptyLexicons()).map((e) => e.name)).toEqual(['CVaR']);
	});
});
