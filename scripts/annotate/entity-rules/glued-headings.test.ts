import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { isGluedHeading } from './glued-headings.ts';

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

describe('glued headings in extractEntities', () => {
	it('drops the glued heading a publisher export leaves and keeps the names after it', () => {
		const abstract = 'AbstractWe propose a family of risk measures, Conditional Value-at-Risk (CVaR) among them. The CVaR is a mean.';
		expect(extractEntities('Risk measures', abstract, emptyLexicons()).map((e) => e.name)).toEqual(['CVaR']);
	});
});
