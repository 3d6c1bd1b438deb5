import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const found = (abstract: string) => extractEntities('Untitled', abstract, loadLexicons()).map((e) => `${e.name}/${e.type}`);

describe('knownVersions in extractEntities', () => {
	it('names a known benchmark with the version it was evaluated on, as a dataset', () => {
		expect(found('Our judge gains 4 points on AlpacaEval 2.0 and 3% on LongBench v2.')).toEqual(['AlpacaEval 2.0/dataset', 'LongBench v2/dataset']);
	});

	it('names a known benchmark with the size of its subset joined by a hyphen, as a dataset', () => {
		expect(found('We validate the pairs on MATH-500 alone.')).toEqual(['MATH-500/dataset']);
		expect(found('It beats Quokka-500.')).not.toContain('Quokka-500/dataset');
	});

	it('names an unknown benchmark by its shape when a version follows', () => {
		expect(found('Refinement lifts the pass rate on Harbor-Bench 2.0 and on ToolEval v1.1.')).toEqual(['Harbor-Bench 2.0/dataset', 'ToolEval v1.1/dataset']);
		expect(found('It beats Harbor-Bench-500.')).not.toContain('Harbor-Bench-500/dataset');
	});

	it('leaves a bare number after a known name, and a version after an unknown one', () => {
		expect(found('It scores 40 on AlpacaEval 3 and beats Foo 2.0.')).not.toContain('AlpacaEval 3/dataset');
		expect(found('It beats Quokka 2.0.')).not.toContain('Quokka 2.0/dataset');
	});

	// unseen-round30 Hugging Face day: "reaching 90.0%, 75.4%, and 71.4% … on AIME25, HMMT25, and GPQA Diamond".
	it("names a known benchmark with its split's word after a space, as a dataset", () => {
		expect(found('It reaches 71.4% on GPQA Diamond.')).toEqual(['GPQA Diamond/dataset']);
		expect(found('It reaches 71.4% on Quokka Diamond.')).not.toContain('Quokka Diamond/dataset');
	});

	it('names a known benchmark with a "v" version joined by a hyphen, as a dataset', () => {
		expect(found('Our model scores 12.5 on LongBench-v2 alone.')).toEqual(['LongBench-v2/dataset']);
	});
});

