import { describe, expect, it } from 'vitest';
import { isTechnicalWord } from './technical-words.ts';

describe('isTechnicalWord', () => {
	it('knows a lower-case word general English does not have, in either number', () => {
		for (const word of ['blockchain', 'nanoparticles', 'microgrids', 'downscaling', 'serverless']) expect(isTechnicalWord(word), word).toBe(true);
	});

	it('leaves out everyday words, short words and names', () => {
		for (const word of ['power', 'outputs', 'modes', 'model', 'cells', 'mRNA', 'CLIP', 'Blockchain', 'GPT-4']) expect(isTechnicalWord(word), word).toBe(false);
	});
});
