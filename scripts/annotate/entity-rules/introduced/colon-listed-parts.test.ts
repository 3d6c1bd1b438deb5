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
});
