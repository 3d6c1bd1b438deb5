import { describe, expect, it } from 'vitest';
import { joinLineBreakHyphens } from './line-break-hyphens.ts';
import { cleanText } from './raw-paper.ts';

describe('joinLineBreakHyphens', () => {
	it('joins the pieces of a word broken at the end of a line', () => {
		expect(joinLineBreakHyphens('how to sep- arately test data and models')).toBe('how to separately test data and models');
		expect(joinLineBreakHyphens('distinct, manageable compo- nents, minimizes')).toBe('distinct, manageable components, minimizes');
		expect(joinLineBreakHyphens('has permeated, and be- come an integral part')).toBe('has permeated, and become an integral part');
		expect(joinLineBreakHyphens('application programming in- terfaces (APIs)')).toBe('application programming interfaces (APIs)');
	});

	it('keeps the hyphen of a compound broken at its hyphen', () => {
		expect(joinLineBreakHyphens('a state-of-the- art model')).toBe('a state-of-the-art model');
		expect(joinLineBreakHyphens('Self- supervised learning needs no labels; self and supervised are words here.')).toBe(
			'Self-supervised learning needs no labels; self and supervised are words here.',
		);
		expect(joinLineBreakHyphens('On a text- based card game, a self- trained agent')).toBe('On a text-based card game, a self-trained agent');
		expect(joinLineBreakHyphens('in large state- and action- spaces')).toBe('in large state- and action-spaces');
		expect(joinLineBreakHyphens('a two-sided p- value and X- ray images')).toBe('a two-sided p-value and X-ray images');
		expect(joinLineBreakHyphens('a trade- off between the trade-off terms')).toBe('a trade-off between the trade-off terms');
		expect(joinLineBreakHyphens('confirming the existing trade- off.')).toBe('confirming the existing trade-off.');
	});

	it('joins as the text writes the word elsewhere', () => {
		expect(joinLineBreakHyphens('the work- flow runs; each workflow step')).toBe('the workflow runs; each workflow step');
	});

	it('leaves suspended hyphens and ordinary dashes alone', () => {
		for (const text of [
			'separates the near- and far-field forces',
			'both production- and comprehension-based vocabulary',
			'single- or multiple-mode elimination',
			'from low- to high-resolution maps',
			'cancers like breast-, prostate- and lung cancer',
			'a result - and a caveat',
			'10- to 20-year records',
			'out of liquidity -the debt response to a change in borrowing capacity- using changes',
		])
			expect(joinLineBreakHyphens(text)).toBe(text);
	});
});

describe('line-break hyphens in cleanText', () => {
	it('undoes them in every parsed title and abstract', () => {
		expect(cleanText('for unit testing of DL appli-\n cations.')).toBe('for unit testing of DL applications.');
	});
});
