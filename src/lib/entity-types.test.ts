import { describe, expect, it } from 'vitest';
import { typesWithEntities } from './entity-types.ts';

describe('typesWithEntities', () => {
	it('keeps the display order and leaves out a type with no entity', () => {
		expect(typesWithEntities({ method: [1], algorithm: [], model: [], dataset: [2, 3] })).toEqual(['method', 'dataset']);
	});
});
