import { describe, expect, it } from 'vitest';
import { findClaimValuesOfTexts } from './claim-values.ts';
import { findFoundDensities } from './found-densities.ts';

const values = (text: string) => findFoundDensities(text).map((v) => v.text);

describe('findFoundDensities', () => {
	it('reads a density of counted things per area that a study found', () => {
		expect(values('The results showed that the city has a high canopy cover with a tree density of 150 trees per hectare.')).toEqual(['150 trees per hectare']);
		expect(values('It is notable that the tree density of the urban land is about 15 trees per 900 m2, indicating a good living environment.')).toEqual(['about 15 trees per 900 m2']);
		expect(values('Nest density was 3.2 nests per km2 in the burned plots.')).toEqual(['3.2 nests per km2']);
	});

	it('leaves a density the study set, and a rate per area with no density', () => {
		expect(values('Seedlings were planted at a density of 2,500 seedlings per ha.')).toEqual([]);
		expect(values('Yields rose to 5.3 tons per hectare.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		const [found] = findClaimValuesOfTexts(['The tree density of the park is about 15 trees per 900 m2.']);
		expect(found!.map((v) => v.text)).toContain('about 15 trees per 900 m2');
	});
});
