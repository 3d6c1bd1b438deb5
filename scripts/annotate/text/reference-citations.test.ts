import { describe, expect, it } from 'vitest';
import { referenceCitations } from './reference-citations.ts';

const cited = (text: string) => referenceCitations(text).map(({ start, end }) => text.slice(start, end));

describe('referenceCitations', () => {
	it('finds a bracketed journal reference, its volume and issue included', () => {
		const text = 'The local minimax method (LMM) proposed in [Y. Li and J. Zhou, SIAM J. Sci. Comput., 23(3), 840--865 (2001)] is efficient.';
		expect(cited(text)).toEqual(['[Y. Li and J. Zhou, SIAM J. Sci. Comput., 23(3), 840--865 (2001)]']);
	});

	it('finds an author-year citation', () => {
		expect(cited('Transformers (Vaswani et al., 2017) replaced recurrence.')).toEqual(['(Vaswani et al., 2017)']);
	});

	it('leaves asides that only hold a year, a name or a number', () => {
		expect(cited('We release GPT-4o results (2024) and the Medicare data (MD), with accuracy (92.1%) and the 2019 cohort.')).toEqual([]);
		expect(cited('Large language models (LLMs) such as LLaMA (7B–70B) reason well.')).toEqual([]);
	});
});
