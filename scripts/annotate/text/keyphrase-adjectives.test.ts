import { describe, expect, it } from 'vitest';
import { isAttributiveCompound, readsAsAdjective } from './keyphrase-adjectives.ts';
import { extractKeyphraseCandidates } from './keyphrases.ts';

describe('readsAsAdjective', () => {
	it('is true for a word outside general English with an adjective ending', () => {
		for (const word of ['multimodal', 'agentic', 'hydrological', 'countercyclical', 'metagenomic', 'autoregressive']) expect(readsAsAdjective(word)).toBe(true);
	});

	it('is false for nouns of general English with those endings, for "-ics" and for short words', () => {
		for (const word of ['signal', 'interval', 'epidemic', 'material', 'retrieval', 'physics', 'kcal']) expect(readsAsAdjective(word)).toBe(false);
	});

	it('reads a hyphenated word by its last part', () => {
		expect(readsAsAdjective('omni-modal')).toBe(false);
		expect(readsAsAdjective('self-construal')).toBe(false);
	});
});

describe('isAttributiveCompound', () => {
	it('reads a count, degree or scope joined to a concrete noun as a modifier', () => {
		for (const word of ['multi-agent', 'ultra-low-power', 'real-time', 'cross-layer', 'high-order']) expect(isAttributiveCompound(word)).toBe(true);
		for (const word of ['cross-validation', 'fine-tuning', 'multi-omics', 'self-attention', 'low-rank-adaptation', 'agent']) expect(isAttributiveCompound(word)).toBe(false);
	});

	it('keeps a kind of method after it, so no phrase ends in the modifier (HF daily and round 38 wording)', () => {
		const found = extractKeyphraseCandidates('We propose an automated multi-agent framework to reconstruct model lineage.').map((c) => c.text);
		expect(found).toContain('multi-agent framework');
		expect(found).not.toContain('automated multi-agent');
	});

	it('makes no phrase of it before a bracketed acronym that a noun follows', () => {
		const found = extractKeyphraseCandidates('A platform based on a 10-core parallel ultra-low-power (PULP) processor.').map((c) => c.text);
		expect(found).not.toContain('parallel ultra-low-power');
	});
});
