import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { exemplifiedModels } from './exemplified-models.ts';

const names = (abstract: string, known: string[] = []) =>
	exemplifiedModels
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: (n) => known.includes(n), inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

describe('exemplifiedModels', () => {
	it('takes each capitalised item listed as an example of a class of models, an ordinary word too', () => {
		expect(names('Users can finetune open-source DLMs such as LLaDA and Dream through one pipeline.', ['LLaDA'])).toEqual(['Dream:model/used']);
		expect(names('We compare with proprietary LLMs like Claude, Qwen2.5-7B and Nova.')).toEqual(['Claude:model/used', 'Qwen2.5-7B:model/used', 'Nova:model/used']);
	});

	it('stops at the first item that is no name, and reads only the plural acronym of a class of models', () => {
		expect(names('Small VLMs such as these and Nova lag behind.')).toEqual([]);
		expect(names('Small models such as Nova and Dream lag behind.')).toEqual([]);
		expect(names('Regions like Europe and Asia were studied.')).toEqual([]);
	});
});

describe('exemplified models in extractEntities', () => {
	it('gives the example a model page of its own beside the pipeline the paper introduces', () => {
		const abstract = 'We present dKit, a library for diffusion language models. With dKit, users can evaluate open-source DLMs such as Lumo and Dream through a standardized pipeline.';
		const entities = extractEntities('dKit: diffusion language modelling', abstract, emptyLexicons());
		expect(entities.filter((e) => e.type === 'model').map((e) => e.name)).toEqual(['Lumo', 'Dream']);
	});
});
