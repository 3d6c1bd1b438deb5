import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { cueNounNames } from './cue-noun-names.ts';

const found = (abstract: string) =>
	cueNounNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// Inputs from several fields (medicine, economics, climate, linguistics, software engineering,
// neuroimaging, environment), written after the held-out listings' abstracts, and one of negatives.
describeStoredOutputs(new URL('./fixtures/cue-noun-names/', import.meta.url), 'cueNounNames on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));
