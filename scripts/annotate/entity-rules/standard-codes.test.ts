import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { standardCodes } from './standard-codes.ts';

const codes = (abstract: string) =>
	standardCodes
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

describe('standardCodes', () => {
	// Surface metrology, networking, security and materials testing cite their standards so.
	it('takes a standards body and its number', () => {
		expect(codes('Surface roughness parameters (ISO 25178-2 among others) were applied.')).toEqual(['ISO 25178-2']);
		expect(codes('Links follow IEEE 802.11ax; controls follow ISO/IEC 27001 and specimens ASTM D638.')).toEqual(['IEEE 802.11ax', 'ISO/IEC 27001', 'ASTM D638']);
	});

	it('leaves a body with no number and a number glued into another word', () => {
		expect(codes('The IEEE community and ISO standards in general.')).toEqual([]);
		expect(codes('Camera ISO-100 settings, ISO100 and ISO 800 film speeds were used.')).toEqual([]);
	});

	it('is one of the entity rules', () => {
		expect(extractEntities('', 'Roughness parameters (ISO 25178-2 among others) were applied.', emptyLexicons()).map((e) => [e.name, e.type])).toContainEqual(['ISO 25178-2', 'method']);
	});
});
