import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { softwareVersions } from './software-versions.ts';

const GENERIC = new Set(['Python']);
const software = (abstract: string) =>
	softwareVersions
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: (n) => GENERIC.has(n), isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}:${f.role}:${f.forms.join('|')}`);

describe('softwareVersions', () => {
	// unseen-agri-extension.bib (10.1088/1755-1315/137/1/012097)
	it('takes a software name with a version marker, the name alone as a form', () => {
		expect(software('Data obtained were tested using the test statistic Independent t-test using SPSS v.20.')).toEqual(['SPSS v.20:method:used:SPSS']);
		expect(software('Interviews were coded in NVivo version 12 and models fitted in R version 4.1.2.')).toEqual(['NVivo version 12:method:used:NVivo', 'R version 4.1.2:method:used:']);
	});

	it('leaves bare numbers, longer names and generic languages alone', () => {
		expect(software('We compare with GPT 4 in Figure 3 and Stata 16.')).toEqual([]);
		expect(software('Error drops by 18% on NYU Depth v2 and KITTI.')).toEqual([]);
		expect(software('Code runs on Python version 3.8.')).toEqual([]);
	});

	it('marks every mention of the software among the other entity rules', () => {
		const abstract = 'Responses were analysed using SPSS v.20, and the t statistics of SPSS were compared.';
		const entities = extractEntities('', abstract, loadLexicons());
		expect(entities.map((e) => [e.name, e.type, e.role, e.spans.map((s) => s.text)])).toEqual([['SPSS v.20', 'method', 'used', ['SPSS v.20', 'SPSS']]]);
	});
});
