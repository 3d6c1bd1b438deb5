import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { contributionObjectStarts } from './contribution-statement.ts';

/** The words after each contribution verb of a one-sentence abstract. */
const objects = (text: string) => {
	const [sentence] = splitSentences(text);
	return contributionObjectStarts(sentence!).map((start) => text.slice(start).trim().split(/\s+/).slice(0, 2).join(' '));
};

describe('contributionObjectStarts', () => {
	it('reads the object of each verb of making after the authors as subject', () => {
		expect(objects('We propose FooNet and develop BarLoss for retrieval.')).toEqual(['FooNet and', 'BarLoss for']);
	});

	it("leaves a condition's onset after its risk, odds or likelihood", () => {
		expect(objects('We asked whether age is a risk factor for developing ICU delirium.')).toEqual([]);
		expect(objects('We estimated the odds of developing HFpEF after surgery.')).toEqual([]);
		expect(objects('We describe a toolkit for developing RAG agents.')).toEqual(['RAG agents.']);
	});

	it('reads a technical report as the paper that makes its system', () => {
		expect(objects('This technical report introduces Foo 2.5, an open-weight model.')).toEqual(['Foo 2.5,']);
	});

	it('reads "the paper" as the abstract\'s own paper, but not another study', () => {
		expect(objects('The paper presents an adaptive QRX scheduler for microgrids.')).toEqual(['an adaptive']);
		expect(objects('The study of Smith presents an adaptive QRX scheduler for microgrids.')).toEqual([]);
	});
});
