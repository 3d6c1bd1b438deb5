import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { pairedTokenNames } from './paired-token-names.ts';

const found = (abstract: string) =>
	pairedTokenNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: emptyLexicons(), isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

// unseen-round33 health informatics: "the healthcare interoperability standard, HL7 FHIR, that enables …" and
// "instruments in this area, such as the OpenEHR CKM approach".
describe('pairedTokenNames', () => {
	it('takes two capitalised tokens between an article and a kind noun, or after one between commas', () => {
		expect(found('Tools such as the OpenZED QRM approach help.')).toEqual(['OpenZED QRM']);
		expect(found('It is based on the exchange standard, ZX9 QUUX, that enables care.')).toEqual(['ZX9 QUUX']);
		expect(found('We adopt the ZX9 QUUX standard.')).toEqual(['ZX9 QUUX']);
	});

	it('leaves two names side by side before a kind noun of a file, licence or element, and a kind acronym', () => {
		expect(found('We read a PubMed MEDLINE export under the CC BY license and click the GoClick GUI element.')).toEqual([]);
		expect(found('We adopt the FooBar API framework.')).toEqual([]);
	});

	it('gives the whole pair as the paper\'s entity', () => {
		const names = extractEntities('', 'We adopt the ZX9 QUUX standard for data exchange.', emptyLexicons()).map((e) => `${e.name}/${e.type}/${e.role}`);
		expect(names).toContain('ZX9 QUUX/method/used');
	});
});
