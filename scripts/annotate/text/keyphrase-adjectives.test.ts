import { describe, expect, it } from 'vitest';
import { readsAsAdjective } from './keyphrase-adjectives.ts';

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
