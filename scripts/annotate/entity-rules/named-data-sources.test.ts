import { describe, expect, it } from 'vitest';
import { namedDataSources } from './named-data-sources.ts';

const sources = (abstract: string) =>
	namedDataSources
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('namedDataSources', () => {
	// unseen-arxiv-health-2019.xml (1904.02058)
	it('takes a title-case name before "data" or "database"', () => {
		expect(sources('Breaches in the Privacy Rights Clearinghouse database were merged with the Medicare Hospital Compare data.')).toEqual([
			'Privacy Rights Clearinghouse:dataset',
			'Medicare Hospital Compare:dataset',
		]);
	});

	it('needs two capitalised words after "the"', () => {
		expect(sources('Hospital data breaches and the Hospital data were merged.')).toEqual([]);
	});

	it('takes a project the data come from, not one that funds the work', () => {
		expect(sources('We call variants on 2,504 exomes from the 500 Cattle Genomes Project.')).toEqual(['500 Cattle Genomes Project:dataset']);
		expect(sources('Scans were drawn from the Human Connectome Project and the UK Biobank.')).toEqual(['Human Connectome Project:dataset']);
		expect(sources('This work was supported by the Horizon Europe Project and run on our cluster.')).toEqual([]);
	});
});
