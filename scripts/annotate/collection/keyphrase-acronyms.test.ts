import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from '../text/keyphrases.ts';
import { definedAcronyms } from './keyphrase-acronyms.ts';

const defined = (abstract: string) => definedAcronyms({ abstract, candidates: extractKeyphraseCandidates(abstract) });

describe('definedAcronyms', () => {
	it('maps the start of a long form to the acronym defined right after it', () => {
		const { acronyms, longForms } = defined('Large language models (LLMs) hallucinate.');
		expect([...acronyms]).toEqual(['LLMs']);
		expect([...longForms]).toEqual([[0, 'LLMs']]);
	});

	it('takes no acronym whose capitals are not the initials of the words before it', () => {
		expect(defined('Large language models (RAG) hallucinate.').acronyms.size).toBe(0);
	});

	it('takes an acronym spelled by the capitals of a long form in title case', () => {
		expect([...defined('We introduce the Long-horizon Memory Embedding Benchmark (LMEB) for retrieval.').acronyms]).toEqual(['LMEB']);
		expect([...defined('We propose Multi-View GRPO (MV-GRPO) for alignment.').acronyms]).toEqual(['MV-GRPO']);
		expect(defined('We propose Multi-View Policy Optimization (RAG) for alignment.').acronyms.size).toBe(0);
	});
});
