import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractAcronyms } from '../text/acronyms.ts';
import { extractEntities } from '../text/entities.ts';
import { instrumentTokens, isTokenShaped } from './instrument-tokens.ts';

// The generic list's common terms of computing and a platform, as `content/lexicons/generic.yaml` holds them.
const GENERIC = new Set(['API', 'GPU', 'GitHub']);
// Stands for a name the lexicons know, which the lexicon rule names.
const KNOWN = new Set(['GPT-4']);
const found = (title: string, abstract: string) =>
	instrumentTokens
		.find({ title, abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: (n) => GENERIC.has(n), isKnown: (n) => KNOWN.has(n), inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

// Inputs from several fields (neuroimaging, statistics, systems biology, seismology, climate,
// bioinformatics), written after the forms the held-out abstracts use, and one of negatives.
describeStoredOutputs(new URL('./fixtures/instrument-tokens/', import.meta.url), 'instrumentTokens on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('title.txt') ?? '', file('input.txt')!));

describe('isTokenShaped', () => {
	it('takes acronyms, inner capitals and versioned tokens', () => {
		for (const token of ['SPM', 'CMIP5', 'ShEx', 'STA/LTA', 'BIA+', 'SPSS']) expect(isTokenShaped(token), token).toBe(true);
	});

	it('leaves plurals, one-letter labels, compound adjectives, pathogens and formulas', () => {
		for (const token of ['DNNs', 'L2', 'F3', 'ICA-based', 'COVID-19', 'CO2', 'PM10', 'CH4']) expect(isTokenShaped(token), token).toBe(false);
	});
});

describe('instrumentTokens in the rule list', () => {
	it('names a used token as an entity of the paper, with every mention', () => {
		const abstract = 'Data were preprocessed using a pipeline based in SPM, and maps were thresholded in SPM as well.';
		const entities = extractEntities('', abstract, loadLexicons());
		expect(entities.map((e) => [e.name, e.type, e.role, e.spans.length])).toEqual([['SPM', 'method', 'used', 2]]);
	});
});
