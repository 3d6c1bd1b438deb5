import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { eponymPairs } from './eponym-pairs.ts';

const found = (abstract: string) =>
	eponymPairs
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

// Inputs written after the lab sciences' protocol names (lipid extraction, protein assays), not
// copied from a listing, and one of negatives (a surname that also stands alone, adjectives, a
// longer capitalised name, places, "Materials and methods", a citation).
describeStoredOutputs(new URL('./fixtures/eponym-pairs/', import.meta.url), 'eponymPairs on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('eponymPairs in the rule list', () => {
	// After 10.1016/j.chroma.2010.12.003 of scripts/eval/listings/unseen-round14-soil-lipid-analysis.csl.json, reworded.
	it('keeps the pair whole where a bracketed list of methods would split it at "and"', () => {
		const abstract = 'The optimized method was compared with two conventional methods (Soxhlet and modification of Bligh and Dyer methods). Recoveries were lower with Soxhlet.';
		const names = extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);
		expect(names).toContain('Bligh and Dyer methods:method/used');
		expect(names).not.toContain('Bligh:method/used');
		expect(names).not.toContain('Dyer:method/used');
	});
});
