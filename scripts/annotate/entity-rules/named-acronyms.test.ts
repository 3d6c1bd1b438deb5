import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../text/acronyms.ts';
import { isTitleCase, namedAcronyms } from './named-acronyms.ts';

const named = (abstract: string, generic: string[] = []) => {
	const acronyms = extractAcronyms(abstract);
	const context = { title: '', abstract, sentences: [], acronyms, lexicons: undefined as never, isGeneric: (n: string) => generic.includes(n), isKnown: () => false, inUrl: () => false, inAcronym: () => false };
	return namedAcronyms.find(context).map((f) => f.name);
};

describe('namedAcronyms', () => {
	it('takes acronyms of title-case names, not of concepts or metrics', () => {
		expect(named('It beats Grouped-Query Attention (GQA) and Cross-Layer Attention (CLA).')).toEqual(['GQA', 'CLA']);
		expect(named('A large language model (LLM) is scored by the Frequency-Averaged Score (FAS).')).toEqual([]);
	});

	it('reads title case past small words', () => {
		expect(isTitleCase('Easy Consistency Tuning')).toBe(true);
		expect(isTitleCase('Decoding by Contrasting Retrieval Heads')).toBe(true);
		expect(isTitleCase('supervised fine-tuning')).toBe(false);
	});
});
