import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('workshopTestCases', () => {
	it('takes the coined geometry of a prediction workshop as data used', () => {
		// aerodynamics: the workshop's shared wing is the case every entrant computes
		expect(entities('We revisit the XRM-7 geometry of the 2nd Drag Prediction Workshop and match the finest mesh.')).toEqual(['XRM-7:dataset/used']);
	});

	it('leaves a plain word before the noun alone', () => {
		expect(entities('We revisit the Wing geometry of the 2nd Drag Prediction Workshop.')).toEqual([]);
	});
});
