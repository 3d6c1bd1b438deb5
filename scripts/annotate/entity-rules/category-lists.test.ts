import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { categoryAcronyms } from './category-lists.ts';
import { namedAcronyms } from './named-acronyms.ts';

const categories = (abstract: string) => [...categoryAcronyms(abstract, extractAcronyms(abstract))].map((a) => a.short);
const named = (abstract: string) => {
	const acronyms = extractAcronyms(abstract);
	const context = { title: '', abstract, sentences: [], acronyms, lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false };
	return namedAcronyms.find(context).map((f) => f.name);
};

describe('categoryAcronyms', () => {
	it('reads the items of a list of tasks, dimensions or skills as categories', () => {
		const abstract = 'The suite spans four tasks: Route Planning (RP), Object Counting (OC), Depth Ordering (DO), and Map Reading (MR). Models fail.';
		expect(categories(abstract)).toEqual(['RP', 'OC', 'DO', 'MR']);
		expect(categories('We score three dimensions, namely Factual Recall (FR), Causal Chaining (CC) and Tone Control (TC).')).toEqual(['FR', 'CC', 'TC']);
	});

	it('leaves a list after another noun, a short list, and an acronym outside the list', () => {
		expect(categories('We compare three baselines: Grouped-Query Attention (GQA), Cross-Layer Attention (CLA) and Multi-Head Latent Attention (MLA).')).toEqual([]);
		expect(categories('Two tasks: Route Planning (RP) and Object Counting (OC).')).toEqual([]);
		const abstract = 'Three tasks: Route Planning (RP), Object Counting (OC), Map Reading (MR). We train with Grouped-Query Attention (GQA).';
		expect(categories(abstract)).toEqual(['RP', 'OC', 'MR']);
	});
});

describe('namedAcronyms with categories', () => {
	it('takes no acronym of a category', () => {
		const abstract = 'The suite spans four tasks: Route Planning (RP), Object Counting (OC), Depth Ordering (DO), and Map Reading (MR). We train with Grouped-Query Attention (GQA).';
		expect(named(abstract)).toEqual(['GQA']);
	});
});
