import { describe, expect, it } from 'vitest';
import { withoutAbstractLabel } from './abstract-label.ts';

describe('withoutAbstractLabel', () => {
	it('takes off a label an export kept before the text', () => {
		expect(withoutAbstractLabel('Abstract The stream hydrograph is an integration of variations.')).toBe('The stream hydrograph is an integration of variations.');
		expect(withoutAbstractLabel('ABSTRACT: The term flashiness reflects change.')).toBe('The term flashiness reflects change.');
		expect(withoutAbstractLabel('Abstract Spatial analog techniques consist in identifying locations.')).toBe('Spatial analog techniques consist in identifying locations.');
		expect(withoutAbstractLabel('Summary. We test the model.')).toBe('We test the model.');
		// The lay summary some journals print before the abstract.
		expect(withoutAbstractLabel('Simple Summary In the poultry feeding process, a robot delivers feed.')).toBe('In the poultry feeding process, a robot delivers feed.');
		expect(withoutAbstractLabel('Plain Language Summary: Rivers carry heat.')).toBe('Rivers carry heat.');
		// deryc/Web_of_Science_Automatic_Keyword_Extraction_from_Abstracts, Sample_WoS_Records.txt: a Wiley abstract's "<P>".
		expect(withoutAbstractLabel('P>The insulin/IGF1 signaling pathways affect lifespan.')).toBe('The insulin/IGF1 signaling pathways affect lifespan.');
		expect(withoutAbstractLabel('P>0.05 held for every site.')).toBe('P>0.05 held for every site.');
		// unseen-fresh-finance.bib, "Portfolio Optimization With Drawdown Constraints": the label glued to the first word.
		expect(withoutAbstractLabel('AbstractWe propose a new family of risk measures.')).toBe('We propose a new family of risk measures.');
	});

	it("keeps the word where it may be the text's own", () => {
		for (const text of [
			'Abstract reasoning is hard for language models.',
			'Abstract Meaning Representation (AMR) graphs encode sentences; we parse abstract meaning representations.',
			'Summary statistics are often enough.',
			'Simple summary statistics are often enough.',
			'Abstract',
			'An abstract of the method.',
		]) {
			expect(withoutAbstractLabel(text)).toBe(text);
		}
	});
});
