import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { colonListedParts } from './colon-listed-parts.ts';

const find = (abstract: string, found: string[] = []) =>
	colonListedParts.scope === 'paper'
		? colonListedParts
				.find(
					{ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false },
					found.map((name) => ({ name, forms: [name], type: 'method' as const })),
				)
				.map((h) => h.name)
		: [];

describe('colonListedParts', () => {
	it("takes the title-case subjects of a colon-opened list of the own system's parts", () => {
		const abstract =
			'We propose FooWorld, a simulator. Its memory rests on two coupled components: Sparse Memory Bank aggregates past frames into a latent state; Geometric Guard Module enforces structure on camera paths.';
		expect(find(abstract, ['FooWorld'])).toEqual([]);
		expect(find(abstract.replace('Its memory', 'At the core of our approach, memory'))).toEqual(['Sparse Memory Bank', 'Geometric Guard Module']);
		expect(find(abstract.replace('Its memory', 'FooWorld'), ['FooWorld'])).toEqual(['Sparse Memory Bank', 'Geometric Guard Module']);
	});

	it('leaves a list of prose clauses, a single named clause, and parts of work not the paper’s', () => {
		expect(find('Our model has two components: the encoder reads text; the decoder writes it.')).toEqual([]);
		expect(find('Our model has two components: Sparse Memory Bank aggregates frames; the decoder writes them.')).toEqual([]);
		expect(find('Prior simulators have two components: Sparse Memory Bank aggregates frames; Geometric Guard Module enforces structure.')).toEqual([]);
	});

	it('takes the names of numbered parts, each ending at a comma, a colon or its acronym', () => {
		expect(
			find('Our method comprises two core components: (1) Cross-Modal Evidence Ranking, which scores passages; and (2) Gap-Aware Prompt Rewriting, featuring short templates.'),
		).toEqual(['Cross-Modal Evidence Ranking', 'Gap-Aware Prompt Rewriting']);
		expect(find('We introduce two key components: (i) Depth-Guided Anchor Sampling (DA): seeds queries from depth; (ii) Query-Driven Feature Pooling (QP): a learnable pooling.')).toEqual([
			'Depth-Guided Anchor Sampling',
			'Query-Driven Feature Pooling',
		]);
	});

	it('takes three named items after any colon, hyphen chains and a name before a part noun among them', () => {
		const abstract =
			'At its core is a labelling loop tuned for recall and cost: Rarity-and-Noise-Aware Mining picks 2.5M hard clips; Twin-Model Agreement Scoring rates each label; the Vote-and-Fix pipeline repairs the rest.';
		expect(find(abstract)).toEqual(['Rarity-and-Noise-Aware Mining', 'Twin-Model Agreement Scoring', 'Vote-and-Fix']);
		expect(find(abstract.replace('; the Vote-and-Fix pipeline repairs the rest', '; a last pass repairs the rest'))).toEqual([]);
		expect(find(abstract.replace('At its core is', 'Prior work used'))).toEqual([]);
		expect(find('We propose FooScore, built of three measures: (1) Rank Drift Gap, reading order; (2) Split Margin Score, reading spread; and (3) Tier Flip Rate, reading swaps.')).toEqual([]);
	});

	it('leaves numbered items of prose', () => {
		expect(find('Our study has two parts: (1) the encoder, which reads text; and (2) the decoder, which writes it.')).toEqual([]);
	});
});
