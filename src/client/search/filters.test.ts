import { describe, expect, it } from 'vitest';
import { FACETS, facetValueLabel, filterChipText } from './filters.ts';

describe('facetValueLabel', () => {
	it('names a flag facet\u2019s values as groups of papers, not as yes and no', () => {
		expect(facetValueLabel('has code', 'yes')).toBe('With code');
		expect(facetValueLabel('has code', 'no')).toBe('Without code');
	});

	it('shows any other value as written', () => {
		expect(facetValueLabel('topic', 'World models')).toBe('World models');
		expect(facetValueLabel('year', '2025')).toBe('2025');
		expect(facetValueLabel('has code', 'maybe')).toBe('maybe');
	});
});

describe('filterChipText', () => {
	const label = (facet: string) => new Map(FACETS).get(facet)!;

	it('says a flag filter by its value\u2019s label alone, which names the facet', () => {
		expect(filterChipText('has code', label('has code'), 'no')).toBe('Without code');
	});

	it('says any other filter by its facet and value', () => {
		expect(filterChipText('topic', label('topic'), 'World models')).toBe('Topic: World models');
		expect(filterChipText('entity type', label('entity type'), 'Dataset')).toBe('Entity type: Dataset');
	});
});
