import { describe, expect, it } from 'vitest';
import { entityContext } from '../../testing/entity-context.ts';
import { newKindCopula } from './new-kind-copula.ts';

const find = (abstract: string, known: string[] = []) =>
	newKindCopula.scope === 'paper' ? newKindCopula.find(entityContext(abstract, { known: new Set(known) }), []).map((h) => h.name) : [];

describe('newKindCopula', () => {
	it('takes a coined name that opens a sentence calling it new', () => {
		expect(find('GapSeq is a new alignment tool for long reads. It runs fast.')).toEqual(['GapSeq']);
		expect(find('Reads are long. FooDB is a novel, curated database of plasmids.')).toEqual(['FooDB']);
		expect(find('KMER-X is a fast and novel k-mer counter.')).toEqual(['KMER-X']);
	});

	// unseen-dev2-speech-audio: "INA-100k is a newly introduced 100,000-hour corpus of French audio".
	it('takes a name called newly made, a dataset when the kind is data', () => {
		const typed = (abstract: string) => (newKindCopula.scope === 'paper' ? newKindCopula.find(entityContext(abstract), []).map((h) => `${h.name}:${h.type}`) : []);
		expect(typed('Models are trained on INA-100k. INA-100k is a newly introduced 100,000-hour corpus of French audio.')).toEqual(['INA-100k:dataset']);
		expect(typed('FooNet is a newly developed solver for flows.')).toEqual(['FooNet:method']);
	});

	it('leaves a name described without "new", a known name, and a plain word', () => {
		expect(find('SAMtools is a widely used suite of utilities.')).toEqual([]);
		expect(find('BLAST is a new standard for search.', ['BLAST'])).toEqual([]);
		expect(find('Sequencing is a new routine in clinics.')).toEqual([]);
		expect(find('We show that GapSeq is a new kind of aligner.')).toEqual([]);
	});
});
