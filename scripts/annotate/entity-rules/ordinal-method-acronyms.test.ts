import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('ordinal method acronyms', () => {
	it('takes the acronym each ordinal subject defines in its clause as a compared method', () => {
		const abstract =
			'The drone position was estimated in three ways. The first method used only visual marker tracking (VMT), the second approach was the fusion of barometer and visual marker tracking (BVMT) and the last method relied on a particle filter fusion algorithm (PFFA).';
		expect(entities(abstract)).toEqual(['VMT:method/used', 'BVMT:method/used', 'PFFA:algorithm/used']);
	});

	it('leaves acronyms of a sentence with one ordinal subject or none', () => {
		expect(entities('The first method used only visual marker tracking (VMT), which drifts.')).toEqual([]);
		expect(entities('Soil moisture (SM) and leaf area index (LAI) were measured, and the first sample was dried.')).toEqual([]);
	});
});
