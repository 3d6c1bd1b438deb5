import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const roles = (abstract: string) => extractEntities('Merger gains of banks', abstract, emptyLexicons()).map((e) => `${e.name}:${e.role}`);

describe('proposed acronym models in extractEntities', () => {
	it('reads a lower-case model around an acronym that the paper calls proposed as its own', () => {
		expect(roles('It is shown that the proposed inverse SFA cost efficiency model reveals larger gains.')).toContain('inverse SFA cost efficiency model:introduced');
	});

	it('names no bare technique and no description', () => {
		expect(roles('The proposed SFA model and the proposed CNN-based classification model reveal larger gains.')).toEqual([]);
	});
});
