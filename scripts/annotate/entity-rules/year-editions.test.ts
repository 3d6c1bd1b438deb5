import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { yearEditions } from './year-editions.ts';

const lexicons = { ...emptyLexicons(), dataset: [{ name: 'AIME', aliases: [] }, { name: 'COCO', aliases: [] }], model: [{ name: 'Gemma', aliases: [] }] } as never;
const editions = (abstract: string) =>
	yearEditions.find({ title: '', abstract, sentences: [], acronyms: [], lexicons, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false }).map((f) => f.name);

describe('yearEditions', () => {
	// Mathematics competitions and detection benchmarks are cited by their year's edition.
	it('takes a known dataset with the year of its edition', () => {
		expect(editions('It reaches 71.9% on average and 79.9% on AIME24, and 60% on AIME-2025 and AIME 2025.')).toEqual(['AIME24', 'AIME-2025', 'AIME 2025']);
		// After the Long CoT entry of scripts/eval/listings/unseen-round5-hf-daily-2025-02-12.json.
		expect(editions('including 56.7% (+40.0%) on AIME 2024 and 57.0% on LiveCodeBench')).toEqual(['AIME 2024']);
		expect(editions('Trained on COCO2017 only.')).toEqual(['COCO2017']);
	});

	it('takes two editions joined by a slash as one name', () => {
		expect(editions('We test on AIME 2023/2024 and on COCO 2014/17.')).toEqual(['AIME 2023/2024', 'COCO 2014/17']);
	});

	it('leaves a model with a size, a number that is no year, and a name no lexicon lists as data', () => {
		expect(editions('Gemma 27 and Gemma27 were compared, with COCO 80 classes and Foo2024.')).toEqual([]);
		expect(editions('AIME 50% of the time.')).toEqual([]);
		// Written apart, only a full year is an edition: "COCO 17 classes" is a count.
		expect(editions('COCO 17 classes and AIME 2050 problems.')).toEqual([]);
	});
});
