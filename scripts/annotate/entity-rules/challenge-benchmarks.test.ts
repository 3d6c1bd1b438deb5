import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.type}/${e.role}`);

// unseen-round32 Hugging Face day: "It achieves leading performance on the Virtual Cell Challenge H1 genetic perturbation benchmark".
describe('challengeBenchmarks in extractEntities', () => {
	it("names a challenge's benchmark by the challenge and its code, what is measured between left out", () => {
		expect(names('It leads on the Open Tissue Challenge K2 drug response benchmark and elsewhere.')).toContain('Open Tissue Challenge K2/dataset/used');
		expect(names('We rank first on the Retina Challenge 2024 segmentation task.')).toContain('Retina Challenge 2024/dataset/used');
	});

	it('leaves a challenge named without a benchmark noun', () => {
		expect(names('This is the Grand Challenge of our time.')).not.toContain('Grand Challenge/dataset/used');
	});
});
