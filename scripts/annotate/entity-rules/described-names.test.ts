import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { describedNames } from './described-names.ts';

const contextOf = (abstract: string, generic: string[] = []) => {
	const acronyms = extractAcronyms(abstract);
	return {
		title: '',
		abstract,
		sentences: [],
		acronyms,
		lexicons: undefined as never,
		isGeneric: (n: string) => generic.includes(n),
		isKnown: () => false,
		inUrl: () => false,
		inAcronym: (at: number) => acronyms.some((a) => at >= a.span.start && at < a.span.end),
	};
};
const described = (abstract: string, generic: string[] = []) => describedNames.find(contextOf(abstract, generic)).map((f) => `${f.name}:${f.role}`);

describe('describedNames', () => {
	it('takes a coined name given to a description (ResFormer paper, hf-daily-2024-10-25.json)', () => {
		expect(described('Based on this method, one variant is the Transformer with single layer value (SVFormer), where all layers share')).toEqual(['SVFormer:introduced']);
	});

	it('leaves acronyms of the words before, generic names and plain words', () => {
		expect(described('It uses a large language model (LLM) and Grouped-Query Attention (GQA).')).toEqual([]);
		expect(described('as shown in the first experiment (Figure) with a strong baseline (SOTA)', ['SOTA'])).toEqual([]);
	});
});
