import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { onlySentenceCase } from './sentence-case-phrases.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('onlySentenceCase', () => {
	it('reads a phrase capitalised only where a sentence opens and written in lower case elsewhere', () => {
		expect(onlySentenceCase('Hierarchical Bayesian', 'Inference is hard. Hierarchical Bayesian methods help. We fit hierarchical Bayesian models.')).toBe(true);
	});

	it('leaves a name capitalised mid-sentence, one never written in lower case, and a single word', () => {
		expect(onlySentenceCase('Monte Carlo', 'Monte Carlo runs help. We use Monte Carlo sampling and monte carlo draws.')).toBe(false);
		expect(onlySentenceCase('Spatial Transformer', 'Spatial Transformer layers help. They align images.')).toBe(false);
		expect(onlySentenceCase('Kriging', 'Kriging helps. We use kriging.')).toBe(false);
	});
});

describe('sentence-case phrases in extractEntities', () => {
	// After unseen-round10-shark-fisheries.bib (10.1890/10-0526.1).
	it('drops a phrase a sentence opens with that the abstract writes in lower case too', () => {
		const abstract = 'Data are scarce for many stocks. Mixed Poisson methods are applicable to small samples. We used mixed Poisson models to assess the stocks, and mixed Poisson estimates were robust.';
		expect(names('', abstract)).not.toContain('Mixed Poisson');
	});
});
