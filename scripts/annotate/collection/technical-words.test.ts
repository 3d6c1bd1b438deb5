import { describe, expect, it } from 'vitest';
import { isTechnicalWord } from './technical-words.ts';

describe('isTechnicalWord', () => {
	it('knows a lower-case word general English does not have, in either number', () => {
		for (const word of ['blockchain', 'nanoparticles', 'microgrids', 'downscaling', 'serverless']) expect(isTechnicalWord(word), word).toBe(true);
	});

	it('leaves out everyday words, short words and names', () => {
		for (const word of ['power', 'outputs', 'modes', 'model', 'cells', 'mRNA', 'CLIP', 'Blockchain', 'GPT-4']) expect(isTechnicalWord(word), word).toBe(false);
	});

	it('leaves out words English makes of its own: hyphened parts, doers and acts of its verbs', () => {
		// Lone reasons of the held-out listings that relate papers by a common notion.
		for (const word of ['pre-training', 'fine-tuning', 'nano-texture', 'encoders', 'confounder', 'personalization', 'normalizations']) {
			expect(isTechnicalWord(word), word).toBe(false);
		}
	});

	it('keeps field terms with such endings or parts when their base is no English word', () => {
		for (const word of ['electrolyzers', 'photocatalysts', 'qubits', 'superfluid', 'dehydrogenation', 'graphene-based']) expect(isTechnicalWord(word), word).toBe(true);
	});
});
